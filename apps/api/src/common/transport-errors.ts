import type { IncomingMessage, ServerResponse } from 'node:http';
import { SUPPORTED_LOCALES } from '../i18n/catalog.js';
import { translate } from '../i18n/translate.js';
import { protocolErrorBody, type ProtocolErrorCode } from '../graphql/protocol-errors.js';
import { negotiateLocale } from './locale.js';

// Answers given before a request reaches GraphQL, shaped like GraphQL's own errors.

// A request refused before GraphQL sees it (too large, not JSON, too complex to validate) is
// answered like Apollo's own protocol errors: a stable code, in the caller's language.
export function answerProtocolError(req: IncomingMessage, res: ServerResponse, status: 400 | 413 | 415, code: ProtocolErrorCode): void {
  const locale = negotiateLocale(req.headers['accept-language'], SUPPORTED_LOCALES);
  send(res, status, protocolErrorBody(code, locale));
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
  send(
    res,
    500,
    JSON.stringify({
      errors: [{ message: translate(locale, 'errors.internal', { requestId }), extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
    }),
  );
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
