import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, type Message } from '../common/domain-error.js';
import { requestContext } from '../common/request-context.js';
import { translate } from '../i18n/translate.js';

// Apollo's own codes for malformed requests, folded into the product's one code for bad input.
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

// What every query-shape limit of graphql-armor answers (see graphql.module.ts), so that the
// formatter can say it in the caller's language.
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const store = requestContext.current();
    const locale = store?.locale;
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      const say = (m: Message) => translate(locale, m.key, m.params);
      const extensions: Record<string, unknown> = { code: original.code };
      if (original.details.fields) {
        extensions.fields = Object.fromEntries(Object.entries(original.details.fields).map(([field, m]) => [field, say(m)]));
      }
      if (original.details.retryAfterSeconds !== undefined) extensions.retryAfterSeconds = original.details.retryAfterSeconds;
      if (original.details.signals) extensions.signals = original.details.signals;
      return { ...base, message: say(original.text), extensions };
    }

    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      if (formatted.message.endsWith(QUERY_TOO_COMPLEX)) {
        return { ...base, message: translate(locale, 'errors.queryTooComplex'), extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' } };
      }
      return { ...base, extensions: { code: 'BAD_USER_INPUT', reason: code } };
    }

    // Anything else is a bug: logged whole with the request id, answered without detail.
    const requestId = store?.requestId ?? 'unknown';
    logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
    return {
      message: translate(locale, 'errors.internal', { requestId }),
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
