import { describe, expect, it } from 'vitest';
import { textLength } from './text-length.js';

describe('textLength', () => {
  it.each([
    ['提币未到', 8],
    ['Withdrawal stuck', 16],
    ['USDT 提币', 9],
    ['テスト', 6],
    ['한국어', 6],
    ['，。', 4],
    ['👍🏽', 2],
    ['', 0],
  ])('%s counts %i', (text, length) => {
    expect(textLength(text)).toBe(length);
  });
});
