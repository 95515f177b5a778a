import { describe, expect, it } from 'vitest';
import { and, FALSE, holdsFor, is, isOneOf, not, or, simplify, toSql, TRUE, UnknownFactError } from './condition.js';

describe('access conditions', () => {
  it('fold to TRUE or FALSE when every fact is known', () => {
    const rule = and(or(not(is('thread.private', true)), is('thread.authorId', 'me')), isOneOf('thread.state', ['VISIBLE', 'HELD']));
    expect(holdsFor(rule, { 'thread.private': false, 'thread.authorId': 'x', 'thread.state': 'VISIBLE' })).toBe(true);
    expect(holdsFor(rule, { 'thread.private': true, 'thread.authorId': 'x', 'thread.state': 'VISIBLE' })).toBe(false);
    expect(holdsFor(rule, { 'thread.private': true, 'thread.authorId': 'me', 'thread.state': 'HELD' })).toBe(true);
    expect(holdsFor(rule, { 'thread.private': false, 'thread.authorId': 'me', 'thread.state': 'REMOVED' })).toBe(false);
  });

  it('refuses to decide without the facts it names', () => {
    expect(() => holdsFor(is('post.state', 'HELD'), { 'thread.state': 'VISIBLE' })).toThrow(UnknownFactError);
  });

  it('keeps only what is unknown, merging tests of one fact', () => {
    const rule = and(not(is('thread.state', 'HELD')), isOneOf('thread.state', ['VISIBLE', 'HELD']), or(is('thread.locale', 'en'), FALSE));
    expect(simplify(rule, { 'thread.locale': 'en' })).toEqual(isOneOf('thread.state', ['VISIBLE']));
    expect(simplify(rule, { 'thread.locale': 'zh-CN' })).toEqual(FALSE);
    expect(simplify(or(FALSE, and(TRUE, TRUE)), {})).toEqual(TRUE);
  });

  it('writes states as literals (partial indexes need them) and request values as parameters', () => {
    const params: unknown[] = ['first'];
    const sql = toSql(
      and(isOneOf('thread.state', ['VISIBLE', 'HELD']), or(is('thread.authorId', 'u1'), isOneOf('thread.locale', ['en', 'zh-CN']))),
      { 'thread.state': 't.state', 'thread.authorId': 't.author_id', 'thread.locale': 'b.locale' },
      params,
    );
    expect(sql).toBe(`(t.state IN ('VISIBLE', 'HELD') AND (t.author_id = $2 OR b.locale = ANY($3::text[])))`);
    expect(params).toEqual(['first', 'u1', ['en', 'zh-CN']]);
  });

  it('writes booleans and numbers as SQL tests of their own', () => {
    const params: unknown[] = [];
    expect(
      toSql(
        and(not(is('thread.private', true)), is('post.number', 1)),
        { 'thread.private': 't.private', 'post.number': 'p.post_number' },
        params,
      ),
    ).toBe('(NOT (t.private) AND p.post_number IN (1))');
    expect(params).toEqual([]);
  });
});
