import { existsSync } from 'node:fs';
import { buildWebIfChanged } from '../../../scripts/build-web-if-changed.js';
import { CHROMIUM } from './chromium.js';

// The browser suite needs Debian's Chromium (never a downloaded one) and the built client.
export async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.warn(
      `\n[browser] suite SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium fonts-noto-cjk; .ci/run does this)\n`,
    );
    return;
  }
  buildWebIfChanged((line) => console.warn(`[browser] ${line}`));
}
