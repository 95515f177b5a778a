import type { IncomingMessage, ServerResponse } from 'node:http';
import { SUPPORTED_LOCALES, type MessageKey } from '../i18n/catalog.js';
import { translate } from '../i18n/translate.js';
import { negotiateLocale } from './locale.js';

// Answers given before a request reaches GraphQL, shaped like GraphQL's own errors.

// A body refused before GraphQL sees it (too large, not JSON) is answered like any bad input:
// a stable code and reason, in the caller's language.
export function answerTransportError(req: IncomingMessage, res: ServerResponse, status: 400 | 413, key: MessageKey, reason: string): void {
  const locale = negotiateLocale(req.headers['accept-language'], SUPPORTED_LOCALES);
  answer(res, status, { message: translate(locale, key), extensions: { code: 'BAD_USER_INPUT', reason } });
}

// A failure outside GraphQL's own error handling (which answers resolvers' failures the same
// way): no detail, only the id the log line carries.
export function answerInternalError(req: IncomingMessage, res: ServerResponse, requestId: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const locale = negotiateLocale(req.headers['accept-language'], SUPPORTED_LOCALES);
  res.setHeader('x-request-id', requestId);
  answer(res, 500, { message: translate(locale, 'errors.internal', { requestId }), extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
}

function answer(res: ServerResponse, status: number, error: object): void {
  const body = JSON.stringify({ errors: [error] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
