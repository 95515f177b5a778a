import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STARTUP_NODE_FLAGS } from './memory-tuning.js';

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

// The young generation's size can only be set on node's command line; every way the API is
// started in production (and measured) passes the same flags.
describe('startup node flags', () => {
  it.each([
    ['package.json start script', () => (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start],
    [
      'Dockerfile command',
      () =>
        read('Dockerfile')
          .split('\n')
          .find((line) => line.startsWith('CMD'))!,
    ],
  ])('are passed by the %s', (_where, text) => {
    for (const flag of STARTUP_NODE_FLAGS) expect(text()).toContain(flag);
  });
});
