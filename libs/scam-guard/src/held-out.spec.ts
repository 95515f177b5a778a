import { describe, expect, it } from 'vitest';
import { HELD_OUT_LEGIT, HELD_OUT_SCAMS } from './__tests__/held-out-posts.js';
import { HELD_OUT_2_LEGIT, HELD_OUT_2_SCAMS } from './__tests__/held-out-posts-2.js';
import { scanAs } from './__tests__/helpers.js';
import { isCaught } from './evaluation.js';

// Staff notices in the batches start with the staff marker; in the forum they are posted by staff.
const STAFF_MARKER = /^(?:\[Staff\]|【官方】)/;

function scanPost(text: string) {
  return scanAs(text, { author: { isStaff: STAFF_MARKER.test(text) } });
}

describe.each([
  ['first batch', HELD_OUT_SCAMS, HELD_OUT_LEGIT],
  ['second batch', HELD_OUT_2_SCAMS, HELD_OUT_2_LEGIT],
])('posts outside the development corpus, %s', (_batch, scams, legit) => {
  it.each(scams)('keeps the scam "%s" from readers', (text) => {
    expect(isCaught(scanPost(text).action)).toBe(true);
  });

  it.each(legit)('publishes "%s"', (text) => {
    expect(isCaught(scanPost(text).action)).toBe(false);
  });
});
