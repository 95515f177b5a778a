import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { HAS_CHROMIUM, launchChromium, screenshot } from '../../apps/web/e2e/chromium.js';
import { buildIfChanged, GRAPHQL_IDE } from '../../scripts/build-web-if-changed.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe.skipIf(!HAS_CHROMIUM)('GraphQL IDE in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    buildIfChanged(GRAPHQL_IDE, () => undefined);
    t = await createTestApp({ NODE_ENV: 'development' });
    await t.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${((t.app.getHttpServer() as Server).address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('runs a query, loading nothing but from the API', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) elsewhere.push(r.url());
    });
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('pageerror', (e) => failed.push(String(e)));
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('"boards"').waitFor({ timeout: 20_000 });
    await screenshot(page, 'graphql-ide');
    expect(elsewhere).toEqual([]);
    expect(failed).toEqual([]);
  });
});
