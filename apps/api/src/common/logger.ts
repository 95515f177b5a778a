import { pino, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';

export const LOGGER = Symbol('LOGGER');

export function createLogger(config: Pick<AppConfig, 'LOG_LEVEL' | 'NODE_ENV'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: undefined,
    redact: ['req.headers.authorization', '*.password', '*.refreshToken', '*.totp'],
  });
}
