import type { NextFunction, Request, Response } from 'express';
import { DEFAULT_LOCALE, negotiateLocale } from './locale.js';
import { requestContext } from './request-context.js';
import { SUPPORTED_LOCALES } from '../i18n/catalog.js';

// Opens the request's context before anything else runs, so every log line and error message
// of the request knows its id and language.
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = requestContext.newRequestId(req.headers['x-request-id']);
  res.setHeader('x-request-id', requestId);
  requestContext.run({ requestId, locale: requestLocale(req.headers['accept-language']) }, next);
}

// The language of messages for a caller who is not signed in (HTTP header or socket parameter).
export const requestLocale = (acceptLanguage: string | undefined): string =>
  negotiateLocale(acceptLanguage, SUPPORTED_LOCALES) ?? DEFAULT_LOCALE;
