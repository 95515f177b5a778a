import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, type Message } from '../common/domain-error.js';
import { requestContext } from '../common/request-context.js';
import { isServiceUnavailable, RETRY_AFTER_SECONDS } from '../common/service-unavailable.js';
import { translate } from '../i18n/translate.js';
import { formatProtocolError, protocolCodeOf } from './protocol-errors.js';

// Expected failures are logged at this level, without a stack: they are the caller's, and a
// bad password or a typo must not bury the real errors.
const EXPECTED = 'expected error';

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const store = requestContext.current();
    const locale = store?.locale;
    const requestId = store?.requestId ?? 'unknown';
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      logger.debug({ requestId, code: original.code, key: original.text.key, path: formatted.path }, EXPECTED);
      const say = (m: Message) => translate(locale, m.key, m.params);
      const extensions: Record<string, unknown> = { code: original.code };
      if (original.details.fields) {
        extensions.fields = Object.fromEntries(Object.entries(original.details.fields).map(([field, m]) => [field, say(m)]));
      }
      if (original.details.retryAfterSeconds !== undefined) extensions.retryAfterSeconds = original.details.retryAfterSeconds;
      if (original.details.signals) extensions.signals = original.details.signals;
      if (original.details.reason) extensions.reason = original.details.reason;
      return { ...base, message: say(original.text), extensions };
    }

    const protocolCode = protocolCodeOf(formatted);
    if (protocolCode) {
      logger.debug({ requestId, code: protocolCode }, EXPECTED);
      return formatProtocolError(formatted, protocolCode, locale);
    }

    // Apollo's own check of variables against their declared types: what the user sent.
    if (formatted.extensions?.code === 'BAD_USER_INPUT' && formatted.path === undefined) {
      logger.debug({ requestId, code: 'BAD_USER_INPUT' }, EXPECTED);
      return {
        ...base,
        message: translate(locale, 'errors.badUserInput'),
        extensions: { code: 'BAD_USER_INPUT', detail: formatted.message },
      };
    }

    if (isServiceUnavailable(original)) {
      // One line per failed request, without the driver error's parameters (see logger.ts).
      logger.warn({ requestId, path: formatted.path, reason: (original as Error).message }, 'database unavailable');
      return {
        message: translate(locale, 'protocol.serviceUnavailable'),
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
      };
    }

    // Anything else is a bug: logged whole with the request id, answered without detail.
    logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
    return {
      message: translate(locale, 'errors.internal', { requestId }),
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
