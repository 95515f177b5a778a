import { DomainError } from './domain-error.js';

export type CursorValue = string | number | boolean;
type Kind = 'string' | 'number' | 'boolean' | 'date';

// Opaque to clients, but only a base64url JSON array of the sort key: nothing secret, nothing
// a client can use to reach rows it could not page to anyway.
export function encodeCursor(values: (CursorValue | Date)[]): string {
  const plain = values.map((v) => (v instanceof Date ? v.toISOString() : v));
  return Buffer.from(JSON.stringify(plain)).toString('base64url');
}

export const invalidCursor = (field: 'after' | 'before' = 'after') =>
  new DomainError('BAD_USER_INPUT', { key: 'errors.invalidCursor' }, { fields: { [field]: { key: 'errors.invalidCursor' } } });

export function decodeCursor<K extends readonly Kind[]>(
  cursor: string,
  kinds: K,
): { [I in keyof K]: K[I] extends 'date' ? Date : K[I] extends 'number' ? number : K[I] extends 'boolean' ? boolean : string } {
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw invalidCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== kinds.length) throw invalidCursor();
  const values = parsed.map((value, i) => {
    const kind = kinds[i];
    if (kind === 'date') {
      const date = typeof value === 'string' ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) throw invalidCursor();
      return date;
    }
    if (kind === 'number' && !(typeof value === 'number' && Number.isFinite(value))) throw invalidCursor();
    if (kind !== 'number' && typeof value !== kind) throw invalidCursor();
    return value;
  });
  return values as never;
}

export const MAX_PAGE_SIZE = 100;

export function clampPageSize(first: number | null | undefined, fallback = 20): number {
  if (first === null || first === undefined) return fallback;
  return Math.min(Math.max(Math.trunc(first), 1), MAX_PAGE_SIZE);
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  // Known for pages that start somewhere in the middle (a cursor, a post number); else false.
  hasPreviousPage?: boolean;
}

// Fetch one row more than asked: its presence is hasNextPage, without a count.
export function toPage<T>(rows: T[], size: number): Page<T> {
  return { items: rows.slice(0, size), hasNextPage: rows.length > size };
}
