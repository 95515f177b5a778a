import { describe, expect, it } from 'vitest';
import { logDiff } from '../logDiff';

describe('logDiff', () => {
  it('lists every key of either side, marking what changed', () => {
    expect(logDiff('{"state":"VISIBLE","openReports":2}', '{"state":"REMOVED","openReports":0,"reason":"Scam"}')).toEqual([
      { key: 'state', before: 'VISIBLE', after: 'REMOVED', changed: true },
      { key: 'openReports', before: '2', after: '0', changed: true },
      { key: 'reason', before: null, after: 'Scam', changed: true },
    ]);
  });

  it('keeps unchanged keys as unchanged, shows nested values as JSON, and takes a missing side', () => {
    expect(logDiff('{"locked":true,"board":{"id":"b1"}}', '{"locked":true,"board":{"id":"b2"}}')).toEqual([
      { key: 'locked', before: 'true', after: 'true', changed: false },
      { key: 'board', before: '{"id":"b1"}', after: '{"id":"b2"}', changed: true },
    ]);
    expect(logDiff(null, '{"pattern":"okx-verify.com"}')).toEqual([
      { key: 'pattern', before: null, after: 'okx-verify.com', changed: true },
    ]);
    expect(logDiff(null, null)).toEqual([]);
  });

  it('shows text that is not JSON as it is', () => {
    expect(logDiff('not json', null)).toEqual([{ key: 'value', before: 'not json', after: null, changed: true }]);
  });
});
