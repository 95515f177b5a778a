import type { NextFunction, Request, Response } from 'express';
import { DEFAULT_LOCALE, negotiateLocale } from './locale.js';
import { requestContext } from './request-context.js';
import { SUPPORTED_LOCALES } from '../i18n/catalog.js';

// Opens the request's context before anything else runs, so every log line and error message
// of the request knows its id and language.
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = requestContext.newRequestId(req.headers['x-request-id']);
  res.setHeader('x-request-id', requestId);
  const locale = negotiateLocale(req.headers['accept-language'], SUPPORTED_LOCALES) ?? DEFAULT_LOCALE;
  requestContext.run({ requestId, locale }, next);
}
