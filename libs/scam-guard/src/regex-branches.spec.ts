import { describe, expect, it } from 'vitest';
import { hasCapture, splitByScript, startsWithHan, topLevelBranches } from './regex-branches.js';

describe('rule branches split by script', () => {
  it('splits only at top-level bars, not inside groups, classes or escapes', () => {
    expect(topLevelBranches('a|[|]|(b|c)|\\|d')).toEqual(['a', '[|]', '(b|c)', '\\|d']);
  });

  it('tells branches that always begin with a Chinese character', () => {
    expect(startsWithHan('追回')).toBe(true);
    expect(startsWithHan('(?:我是|我们是)[^,.]{0,12}?官方')).toBe(true);
    expect(startsWithHan('[微薇]信')).toBe(true);
    expect(startsWithHan('(?<!取消)授权')).toBe(true);
    // May begin with a Latin letter, or with nothing required.
    expect(startsWithHan('(?:okx|欧易)官方')).toBe(false);
    expect(startsWithHan('(?:官方)?客服')).toBe(false);
    expect(startsWithHan('追?回')).toBe(false);
    expect(startsWithHan('\\brecover')).toBe(false);
  });

  it('keeps every branch, on one side or the other', () => {
    expect(splitByScript('追回|\\brecover (?:my|the) funds|[微薇]信')).toEqual({
      han: '追回|[微薇]信',
      other: '\\brecover (?:my|the) funds',
    });
    expect(splitByScript('\\bfoo\\b')).toEqual({ han: null, other: '\\bfoo\\b' });
  });

  it('finds capturing groups, which keep a rule whole', () => {
    expect(hasCapture('a(b)')).toBe(true);
    expect(hasCapture('a(?:b)(?<!c)')).toBe(false);
    expect(hasCapture('[(]\\(')).toBe(false);
  });
});
