import { pino, type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';

export const LOGGER = Symbol('LOGGER');

// A failed statement's parameters (TypeORM's QueryFailedError keeps them) and PostgreSQL's
// detail line ("Key (email)=(…) already exists") carry e-mail addresses, password hashes and
// post bodies: they never reach the log. The statement's text, which has placeholders, does.
const REDACTED = [
  'req.headers.authorization',
  '*.password',
  '*.refreshToken',
  '*.totp',
  'err.parameters',
  'err.detail',
  'err.driverError.parameters',
  'err.driverError.detail',
  'err.cause.parameters',
  'err.cause.detail',
];

export function createLogger(config: Pick<AppConfig, 'LOG_LEVEL' | 'NODE_ENV'>, destination?: DestinationStream): Logger {
  return pino({ level: config.LOG_LEVEL, base: undefined, redact: REDACTED }, destination);
}
