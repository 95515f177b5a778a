import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, launchChromium, screenshot } from '../../apps/web/e2e/chromium.js';
import { buildIfChanged, GRAPHQL_IDE } from '../../scripts/build-web-if-changed.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const PROD = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), TOTP_ENCRYPTION_KEY: 'y'.repeat(40) };

// Where a page or one of its files would load something from: script and style sources,
// imports, workers, fetches, CSS url() and @import.
const LOADS_ELSEWHERE =
  /(?:\bsrc=|\bhref=|\bimport\s*\(|\bfrom\s*|\bimport\s*|importScripts\(|new (?:Shared)?Worker\(|new URL\(|fetch\(|url\(|@import\s+)\s*["'`]?(?:https?:)?\/\/[a-z0-9]/gi;
const CDN_HOSTS =
  /unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com|esm\.sh|fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.apollographql\.com|skypack\.dev/i;
// The files a page or file names on this origin.
const LOCAL_FILE = /["'`(](\/graphql\/ide\/[^"'`)\s?#]+|\.\/[\w.-]+\.(?:js|css|ttf|woff2?))["'`)]/g;

async function text(t: TestApp, path: string) {
  const res = await t
    .http()
    .get(path)
    .buffer(true)
    .parse((r, done) => {
      let body = '';
      r.setEncoding('latin1');
      r.on('data', (chunk: string) => (body += chunk));
      r.on('end', () => done(null, body));
    });
  return { status: res.status, body: res.body as string };
}

describe('GraphQL IDE and suggestions in development', () => {
  let t: TestApp;
  beforeAll(async () => {
    buildIfChanged(GRAPHQL_IDE, () => undefined);
    t = await createTestApp({ NODE_ENV: 'development' });
  }, 120_000);
  afterAll(() => t.close());

  it('serves GraphiQL at /graphql to a browser, with every file it loads from the API itself', async () => {
    const page = await t.http().get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const html = page.text;
    expect(html).toContain('<div id="graphiql"');
    expect(html).not.toMatch(/https?:\/\//);

    // Every file the page names, and every file those name, transitively.
    const seen = new Map<string, string>();
    const queue = [...html.matchAll(LOCAL_FILE)].map((m) => m[1]);
    while (queue.length > 0) {
      const ref = queue.shift()!;
      const path = ref.startsWith('./') ? `/graphql/ide/assets/${ref.slice(2)}` : ref;
      if (seen.has(path)) continue;
      const file = await text(t, path);
      expect(file.status, path).toBe(200);
      seen.set(path, file.body);
      if (/\.(js|css)$/.test(path)) queue.push(...[...file.body.matchAll(LOCAL_FILE)].map((m) => m[1]));
    }
    const names = [...seen.keys()].join(' ');
    // The editor and its language workers are among them: the IDE is whole, not a shell.
    for (const part of ['monaco-editor', 'editor.worker', 'graphql.worker', '.css']) expect(names).toContain(part);
    for (const [path, body] of seen) {
      if (!/\.(js|css)$/.test(path)) continue;
      expect(
        [...body.matchAll(LOADS_ELSEWHERE)].map((m) => body.slice(m.index, m.index + 80)),
        path,
      ).toEqual([]);
      expect(body, path).not.toMatch(CDN_HOSTS);
    }
  });

  it('still answers GraphQL at /graphql, by POST and by GET', async () => {
    expect((await t.gql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
    const get = await t
      .http()
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set('accept', 'application/json')
      .set('apollo-require-preflight', '1');
    expect(get.body.data).toEqual({ __typename: 'Query' });
  });

  // In Debian's Chromium where it is installed (.ci/run installs it).
  it.skipIf(!HAS_CHROMIUM)('runs a query in a browser, loading nothing but from the API', async () => {
    await t.app.listen(0, '127.0.0.1');
    const origin = `http://127.0.0.1:${((t.app.getHttpServer() as Server).address() as AddressInfo).port}`;
    const browser: Browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const elsewhere: string[] = [];
      const failed: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) elsewhere.push(r.url());
      });
      page.on('requestfailed', (r) => failed.push(r.url()));
      page.on('pageerror', (e) => failed.push(String(e)));
      await page.goto(`${origin}/graphql`);
      // A click before the editor has started (its workers load after the page) runs nothing:
      // click until the answer shows.
      const answer = page.locator('.result-window').getByText('"boards"');
      await expect
        .poll(
          async () => {
            await page.locator('.graphiql-execute-button').click();
            return answer.isVisible();
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toBe(true);
      await screenshot(page, 'graphql-ide');
      expect(elsewhere).toEqual([]);
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('suggests field and argument names', async () => {
    const field = await t.gql(`{ boards { id nme } }`);
    expect(errorOf(field).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorOf(field).detail).toBe('Cannot query field "nme" on type "Board". Did you mean "name"?');
    expect(errorOf(await t.gql(`{ boards(locle: "en") { id } }`)).detail).toMatch(/Did you mean "locale"\?/);
  });
});

describe('in production', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await createTestApp(PROD);
  });
  afterAll(() => prod.close());

  it('serves no IDE and no page that loads anything from elsewhere', async () => {
    const page = await prod.http().get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.text).not.toContain('graphiql');
    expect(page.text).not.toMatch(/https?:\/\//);
    expect((await prod.http().get('/graphql/ide/index.html')).text).not.toContain('graphiql');
  });

  it('suggests nothing', async () => {
    const res = await prod.gql(`{ boards { id nme } }`);
    expect(errorOf(res).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorOf(res).detail ?? '').not.toMatch(/did you mean/i);
    expect(JSON.stringify(res.errors)).not.toMatch(/did you mean|\\"name\\"/i);
  });
});
