import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

// Every code the API answers in `extensions.code`, mapped to one message key in `errors`.
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TWO_FACTOR_REQUIRED: 'TWO_FACTOR_REQUIRED',
  BANNED: 'BANNED',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  CONTENT_BLOCKED: 'CONTENT_BLOCKED',
  THREAD_LOCKED: 'THREAD_LOCKED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  MALFORMED_JSON: 'MALFORMED_JSON',
  BAD_REQUEST: 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  CSRF_PREVENTED: 'CSRF_PREVENTED',
  SUBSCRIPTION_OVER_HTTP: 'SUBSCRIPTION_OVER_HTTP',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ApiErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiError {
  code: ApiErrorCode | 'NETWORK' | 'UNKNOWN';
  extensions: Record<string, unknown>;
}

// The first GraphQL error's code and extensions, or NETWORK when the server was not reached.
export function apiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = (error.errors[0]?.extensions ?? {}) as Record<string, unknown>;
    const code = String(extensions.code ?? '');
    return { code: code in ERROR_MESSAGES ? (code as ApiErrorCode) : 'UNKNOWN', extensions };
  }
  if (ServerError.is(error)) {
    // Protocol errors (a body too large, unreadable JSON) come with a 4xx and a GraphQL body.
    try {
      const extensions = (JSON.parse(error.bodyText).errors?.[0]?.extensions ?? {}) as Record<string, unknown>;
      const code = String(extensions.code ?? '');
      if (code in ERROR_MESSAGES) return { code: code as ApiErrorCode, extensions };
    } catch {
      // not JSON: fall through
    }
    return { code: 'UNKNOWN', extensions: {} };
  }
  return { code: error instanceof TypeError ? 'NETWORK' : 'UNKNOWN', extensions: {} };
}

// The message shown to the user: never the server's raw text.
// Any namespace's t can translate an `errors:` key.
export function errorMessage(t: TFunction<any>, error: unknown): string {
  const { code, extensions } = apiError(error);
  const key = code === 'NETWORK' || code === 'UNKNOWN' ? code : ERROR_MESSAGES[code];
  return t(`errors:${key}`, { seconds: Number(extensions.retryAfterSeconds ?? 0) });
}
