import { describe, expect, it } from 'vitest';
import { formatDuration } from '../format';

describe('formatDuration', () => {
  it('says a response time in minutes, hours or days, whichever keeps it short', () => {
    expect(formatDuration(45 * 60, 'en')).toBe('45 min');
    expect(formatDuration(9000, 'en')).toBe('2.5 hr');
    expect(formatDuration(3 * 86_400, 'en')).toBe('3 days');
    expect(formatDuration(9000, 'zh-CN')).toBe('2.5小时');
  });
});
