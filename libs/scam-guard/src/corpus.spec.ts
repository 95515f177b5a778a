import { describe, expect, it } from 'vitest';
import { corpusPath, readJsonl } from './corpus-files.js';
import { evaluatePosts, groupBy, metrics, type CorpusLine } from './evaluation.js';
import { defaultRules } from './__tests__/helpers.js';

// A regression guard on the labelled development set, with the acceptance targets per language.
describe('dev corpus', () => {
  const lines = readJsonl<CorpusLine>(corpusPath('dev.jsonl'));
  const outcomes = evaluatePosts(lines, defaultRules);

  it.each([...groupBy(outcomes, (o) => o.group)])('meets precision ≥ 0.97 and recall ≥ 0.93 in %s', (_lang, group) => {
    const m = metrics(group);
    expect(m.precision).toBeGreaterThanOrEqual(0.97);
    expect(m.recall).toBeGreaterThanOrEqual(0.93);
  });

  it('never holds or blocks a staff answer', () => {
    expect(outcomes.filter((o) => o.kind === 'legit_staff' && o.predicted).map((o) => o.id)).toEqual([]);
  });
});
