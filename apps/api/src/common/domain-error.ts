import type { MessageKey } from '../i18n/catalog.js';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TWO_FACTOR_REQUIRED',
  'BANNED',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'CONTENT_BLOCKED',
  'THREAD_LOCKED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

// An expected failure: a code clients branch on, and a message key translated into the
// caller's language when the response is written.
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: Message,
    readonly details: {
      fields?: Record<string, Message>;
      retryAfterSeconds?: number;
      signals?: unknown[];
      // Why a token was refused, for clients to act on (refresh, or sign in again).
      reason?: 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'SESSION_ENDED';
    } = {},
  ) {
    super(`${code}: ${text.key}`);
    this.name = 'DomainError';
  }
}

export const notFound = (what: 'user' | 'board' | 'thread' | 'post' | 'rule' | 'session' | 'article') =>
  new DomainError('NOT_FOUND', { key: 'errors.notFound', params: { what } });

export const forbidden = (key: MessageKey = 'errors.forbidden') => new DomainError('FORBIDDEN', { key });

export const badInput = (fields: Record<string, Message>) => new DomainError('BAD_USER_INPUT', { key: 'errors.badUserInput' }, { fields });

export const badField = (field: string, key: MessageKey, params?: Message['params']) => badInput({ [field]: { key, params } });

export const conflict = (key: MessageKey) => new DomainError('CONFLICT', { key });
