import { describe, expect, it } from 'vitest';
import { HELD_OUT_LEGIT, HELD_OUT_SCAMS } from './__tests__/held-out-posts.js';
import { scanAs } from './__tests__/helpers.js';
import { isCaught } from './evaluation.js';

describe('posts outside the development corpus', () => {
  it.each(HELD_OUT_SCAMS)('keeps the scam "%s" from readers', (text) => {
    expect(isCaught(scanAs(text).action)).toBe(true);
  });

  it.each(HELD_OUT_LEGIT)('publishes "%s"', (text) => {
    expect(isCaught(scanAs(text).action)).toBe(false);
  });
});
