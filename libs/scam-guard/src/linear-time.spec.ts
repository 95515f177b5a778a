import { describe, expect, it } from 'vitest';
import { defaultRules, scanAs } from './__tests__/helpers.js';
import { hostileInputs } from './hostile-inputs.js';
import { allMatches, MAX_MATCHES_PER_PATTERN } from './regex-util.js';

const SMALL = 5_000;
const LARGE = 50_000;
// Ten times the text costs ten times the work when the scan is linear, a hundred times when it
// is quadratic (20,000 newlines once took 10.6 s). The bound leaves room for a loaded machine
// without letting a quadratic path through; the fastest of a few runs filters out preemption.
const MAX_RATIO = 30;
const RUNS = 5;

function fastestScan(text: string): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    scanAs(text, { author: { isNewAccount: true }, rules: defaultRules });
    best = Math.min(best, performance.now() - started);
  }
  // Sub-millisecond timings are all noise: a floor keeps the ratio meaningful.
  return Math.max(best, 0.25);
}

describe('scan time grows linearly with the text', () => {
  const small = hostileInputs(SMALL);
  const large = hostileInputs(LARGE);

  it.each(small.map((input, i) => [input.name, input.text, large[i].text] as const))('%s', (_name, smallText, largeText) => {
    fastestScan(smallText);
    const ratio = fastestScan(largeText) / fastestScan(smallText);
    expect(ratio).toBeLessThan(MAX_RATIO);
  });

  it('builds every hostile input at the requested length', () => {
    expect(large.every((input) => input.text.length === LARGE)).toBe(true);
  });
});

describe('matches looked at per pattern', () => {
  it('stop at the bound, so per-match checks cannot add up on a repetitive post', () => {
    expect(allMatches(/a/g, 'a'.repeat(10_000))).toHaveLength(MAX_MATCHES_PER_PATTERN);
  });

  it('still sees a scam after many harmless repeats of another phrase', () => {
    const text = `${'my okx account is fine. '.repeat(2_000)}\nDM me on WhatsApp +44 7700 900123 to recover your funds`;
    expect(scanAs(text).action).not.toBe('ALLOW');
  });
});
