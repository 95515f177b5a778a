import type { GraphQLFormattedError } from 'graphql';
import type { MessageKey } from '../i18n/catalog.js';
import { translate } from '../i18n/translate.js';

// Failures of the request itself, found before any resolver runs: the client's bug, not the
// user's typo, so each has its own code (documented in the README) and none is BAD_USER_INPUT.
export const PROTOCOL_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'CSRF_PREVENTED',
  'SUBSCRIPTION_OVER_HTTP',
  'BAD_REQUEST',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
] as const;
export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number];

// What every query-shape limit says (graphql-armor's rules, the cost and shape checks), so
// that the formatter can tell a refusal by size from any other validation error.
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

const MESSAGES: Record<ProtocolErrorCode, MessageKey> = {
  GRAPHQL_PARSE_FAILED: 'protocol.parseFailed',
  GRAPHQL_VALIDATION_FAILED: 'protocol.validationFailed',
  QUERY_TOO_COMPLEX: 'errors.queryTooComplex',
  OPERATION_RESOLUTION_FAILURE: 'protocol.operationResolution',
  // Apollo Client's persisted-query link recognizes these by `extensions.code`.
  PERSISTED_QUERY_NOT_FOUND: 'protocol.persistedQueryNotFound',
  PERSISTED_QUERY_NOT_SUPPORTED: 'protocol.persistedQueryNotSupported',
  CSRF_PREVENTED: 'protocol.csrf',
  SUBSCRIPTION_OVER_HTTP: 'protocol.subscriptionOverHttp',
  BAD_REQUEST: 'protocol.badRequest',
  MALFORMED_JSON: 'errors.malformedJson',
  PAYLOAD_TOO_LARGE: 'errors.payloadTooLarge',
};

// graphql-js's own wording for a document over `maxTokens` (a parse error) and for a
// validation stopped at `maxErrors`.
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

const APQ_HASH_MISMATCH = 'provided sha does not match query';

// The code of an error Apollo raised before execution, or undefined for anything else.
export function protocolCodeOf(formatted: GraphQLFormattedError): ProtocolErrorCode | undefined {
  if (formatted.path !== undefined) return undefined;
  const code = formatted.extensions?.code;
  if (formatted.message.endsWith(QUERY_TOO_COMPLEX) || TOO_MANY_TOKENS.test(formatted.message)) return 'QUERY_TOO_COMPLEX';
  switch (code) {
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'OPERATION_RESOLUTION_FAILURE':
    case 'PERSISTED_QUERY_NOT_FOUND':
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'QUERY_TOO_COMPLEX':
    case 'SUBSCRIPTION_OVER_HTTP':
      return code;
    case 'BAD_REQUEST':
      return formatted.message.includes('Cross-Site Request Forgery') ? 'CSRF_PREVENTED' : 'BAD_REQUEST';
    default:
      // Apollo's APQ hash check answers 400 without a code.
      return formatted.message === APQ_HASH_MISMATCH ? 'BAD_REQUEST' : undefined;
  }
}

// The message in the caller's language; graphql-js's own text (which names the field or the
// token at fault) is kept in `extensions.detail` for the developer.
export function formatProtocolError(
  formatted: GraphQLFormattedError,
  code: ProtocolErrorCode,
  locale: string | undefined,
): GraphQLFormattedError {
  const extensions: Record<string, unknown> = { code };
  if (code !== 'QUERY_TOO_COMPLEX') extensions.detail = formatted.message.trim();
  return { message: translate(locale, MESSAGES[code]), locations: formatted.locations, extensions };
}

// A request refused before GraphQL (by Express or the front cache), shaped like GraphQL's.
export function protocolErrorBody(code: ProtocolErrorCode, locale: string | undefined): string {
  return JSON.stringify({ errors: [{ message: translate(locale, MESSAGES[code]), extensions: { code } }] });
}
