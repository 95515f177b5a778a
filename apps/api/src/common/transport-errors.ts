import type { IncomingMessage, ServerResponse } from 'node:http';
import { SUPPORTED_LOCALES, type MessageKey } from '../i18n/catalog.js';
import { translate } from '../i18n/translate.js';
import { negotiateLocale } from './locale.js';

// A body refused before GraphQL sees it (too large, not JSON) is answered like any bad input:
// a GraphQL error with a stable code and reason, in the caller's language.
export function answerTransportError(req: IncomingMessage, res: ServerResponse, status: 400 | 413, key: MessageKey, reason: string): void {
  const locale = negotiateLocale(req.headers['accept-language'], SUPPORTED_LOCALES);
  const body = JSON.stringify({ errors: [{ message: translate(locale, key), extensions: { code: 'BAD_USER_INPUT', reason } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
