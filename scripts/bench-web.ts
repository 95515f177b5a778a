// `npm run bench:web`: what a first visit to a thread page downloads (scripts and styles,
// gzipped as the API sends them), Chromium's first and largest contentful paint of a thread
// page and a board page, and the time from a decision in the review queue to the next item
// shown, on the demo data, written to docs/benchmarks.md ("Web client").
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { generate } from 'otplib';
import type { Browser } from 'playwright-core';
import { startApi } from '../bench/api/api-process.js';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres.js';
import { ensureDatabase } from '../apps/api/src/database/prepare-database.js';
import { CHROMIUM, launchChromium } from '../apps/web/e2e/chromium.js';
import { DEMO_ACCOUNTS } from '../apps/api/src/database/seeds/demo-accounts.js';
import { buildWebIfChanged } from './build-web-if-changed.js';

const DOCS_FILE = 'docs/benchmarks.md';
const JS_BUDGET = 150 * 1024;
const START = '<!-- bench:web:start -->';
const END = '<!-- bench:web:end -->';

interface Download {
  url: string;
  kind: 'script' | 'stylesheet';
  transferred: number;
  decoded: number;
}

interface Paints {
  fcp: number;
  lcp: number;
  // When the app had rendered over the server's HTML (its header is in the DOM).
  app: number;
}

const log = (line: string) => console.log(`[bench:web] ${line}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// A fresh context is a first visit: no HTTP cache, no service worker, no storage.
async function firstVisit(browser: Browser, url: string, ready: string): Promise<{ downloads: Download[]; paints: Paints }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  // These functions run in the page (the Node typings have no DOM: reached through globalThis).
  await page.addInitScript(() => {
    const w = globalThis as any;
    w.__lcp = 0;
    w.__app = 0;
    new w.MutationObserver((_: unknown, observer: { disconnect(): void }) => {
      if (!w.document.querySelector('#root header')) return;
      w.__app = performance.now();
      observer.disconnect();
    }).observe(w.document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = Math.max(w.__lcp, entry.startTime);
    }).observe({ type: 'largest-contentful-paint' as never, buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(ready).first().waitFor();
  await page.locator('#root header').waitFor();
  // LCP is final at the first input or when the page is hidden; reading it after the network
  // settled and the content is there is what the lab tools report.
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as unknown as {
      name: string;
      encodedBodySize: number;
      decodedBodySize: number;
    }[];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    return {
      paints: { fcp, lcp: (globalThis as unknown as { __lcp: number }).__lcp, app: (globalThis as unknown as { __app: number }).__app },
      resources: resources.map((r) => ({ url: r.name, transferred: r.encodedBodySize, decoded: r.decodedBodySize })),
    };
  });
  await context.close();
  const downloads = result.resources
    .filter((r) => /\.(js|css)(\?|$)/.test(new URL(r.url).pathname))
    .map((r) => ({ ...r, url: new URL(r.url).pathname, kind: r.url.endsWith('.css') ? ('stylesheet' as const) : ('script' as const) }));
  return { downloads, paints: result.paints };
}

function machine(): string {
  const chromiumVersion = execFileSync(CHROMIUM, ['--version']).toString().trim();
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()}, Node ${process.version}, ${chromiumVersion} (headless)`;
}

function writeDocs(section: string): void {
  let text = readFileSync(DOCS_FILE, 'utf8');
  const block = `${START}\n${section}\n${END}`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start !== -1 && end !== -1) text = text.slice(0, start) + block + text.slice(end + END.length);
  else text = `${text.trimEnd()}\n\n## Web client\n\n${block}\n`;
  writeFileSync(DOCS_FILE, text);
}

const QUEUE_ACTIONS = 50;

// The demo moderator signs in through the API (password and 2FA code); REVIEW_ITEMS open items
// with a report each are put on demo replies. In the queue page, each round presses "a" (approve)
// and times, in the page, from the key press to the next item drawn (its post id in the DOM):
// the mutation's round trip to the local API, the cache update and React's render.
async function reviewQueueTiming(browser: Browser, apiUrl: string, databaseUrl: string): Promise<number[]> {
  const { default: Pg } = await import('pg');
  const db = new Pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const reporter = await db.query(`SELECT id FROM users WHERE handle = 'alice'`);
    await db.query(
      `INSERT INTO review_items (post_id, locale, priority, rank, report_urgency, report_count, opened_at)
       SELECT p.id, b.locale, 6, -6, 6, 1, now()
         FROM (SELECT id, thread_id FROM posts WHERE post_number > 1 AND state = 'VISIBLE' AND author_id <> $1 ORDER BY id LIMIT $2) p
         JOIN threads t ON t.id = p.thread_id JOIN boards b ON b.id = t.board_id
       ON CONFLICT DO NOTHING`,
      [reporter.rows[0].id, QUEUE_ACTIONS + 10],
    );
    await db.query(
      `INSERT INTO reports (post_id, reporter_id, reason, note, weight) SELECT post_id, $1, 'SPAM', 'Advertising.', 1 FROM review_items`,
      [reporter.rows[0].id],
    );
  } finally {
    await db.end();
  }
  const moderator = DEMO_ACCOUNTS.find((account) => account.handle === 'moderator')!;
  const login = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
      variables: {
        input: { login: moderator.handle, password: moderator.password, totp: await generate({ secret: moderator.totpSecret! }) },
      },
    }),
  }).then((r) => r.json() as Promise<{ data: { login: { accessToken: string; refreshToken: string } } }>);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await context.addInitScript(
    (session) => (globalThis as any).localStorage.setItem('beacon.session', session),
    JSON.stringify(login.data.login),
  );
  const page = await context.newPage();
  await page.goto(`${apiUrl}/en/moderation`);
  await page.locator('article[data-post-id]').waitFor();
  const times: number[] = [];
  for (let i = 0; i < QUEUE_ACTIONS; i++) {
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    const elapsed = await page.evaluate<number>(`new Promise((resolve, reject) => {
      const current = () => document.querySelector('article[data-post-id]')?.getAttribute('data-post-id');
      const before = current();
      const start = performance.now();
      const observer = new MutationObserver(() => {
        const now = current();
        if (now && now !== before) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-post-id'] });
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      setTimeout(() => reject(new Error('the next item did not show within 10 s')), 10000);
    })`);
    times.push(elapsed);
  }
  await context.close();
  return times;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      'pg-port': { type: 'string', default: '54332' },
      'no-docs': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!(runs > 0)) throw new Error('--runs takes a positive number');
  buildWebIfChanged(log);
  log('compiling the API');
  execFileSync(process.execPath, ['scripts/build-api.mjs'], { stdio: 'inherit' });

  const dataDir = '.data/bench-web-postgres';
  mkdirSync('.data', { recursive: true });
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(values['pg-port']), fastUnsafe: true });
  const cleanup: (() => Promise<unknown>)[] = [() => pg.stop()];
  try {
    // A fresh database with the demo data (boards, staff, threads with official answers).
    const admin = new URL(pg.url);
    const { default: Pg } = await import('pg');
    const client = new Pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query('DROP DATABASE IF EXISTS beacon_bench_web WITH (FORCE)');
    await client.end();
    const databaseUrl = await ensureDatabase(pg.url, 'beacon_bench_web');
    rmSync('bench/.results/web-api.log', { force: true });
    mkdirSync('bench/.results', { recursive: true });
    const api = await startApi({
      databaseUrl,
      main: 'dist/apps/api/src/main.js',
      logFile: 'bench/.results/web-api.log',
      env: { BEACON_DEMO: '1' },
    });
    cleanup.push(() => api.stop());

    const boards = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({
        query: '{ boards(locale: "en") { topicKey threads(first: 20) { nodes { id replyCount officialAnswer { id } } } } }',
      }),
    }).then(
      (r) =>
        r.json() as Promise<{
          data: {
            boards: { topicKey: string; threads: { nodes: { id: string; replyCount: number; officialAnswer: { id: string } | null }[] } }[];
          };
        }>,
    );
    // The busiest answered thread of the demo, and the board it is in.
    const candidates = boards.data.boards.flatMap((b) => b.threads.nodes.map((t) => ({ ...t, topicKey: b.topicKey })));
    const thread = candidates.filter((t) => t.officialAnswer).sort((a, b) => b.replyCount - a.replyCount)[0] ?? candidates[0];
    if (!thread) throw new Error('the demo data has no thread');
    const threadUrl = `${api.url}/en/t/${thread.id}`;
    const boardUrl = `${api.url}/en/b/${thread.topicKey}`;

    const browser = await launchChromium();
    cleanup.push(() => browser.close());
    const threadVisits = [];
    const boardVisits = [];
    for (let i = 0; i < runs; i++) {
      threadVisits.push(await firstVisit(browser, threadUrl, 'article'));
      boardVisits.push(await firstVisit(browser, boardUrl, 'main li'));
    }
    log(`review queue: ${QUEUE_ACTIONS} approvals`);
    const queueTimes = await reviewQueueTiming(browser, api.url, databaseUrl);
    const queueMedian = Math.round(median(queueTimes));
    const queueP90 = Math.round([...queueTimes].sort((a, b) => a - b)[Math.floor(queueTimes.length * 0.9)]);
    log(
      `review queue: action to next item shown, median ${queueMedian} ms, p90 ${queueP90} ms, max ${Math.round(Math.max(...queueTimes))} ms (${queueTimes.length} actions)`,
    );
    const downloads = threadVisits[0].downloads;
    const sum = (kind: Download['kind'], field: 'transferred' | 'decoded') =>
      downloads.filter((d) => d.kind === kind).reduce((n, d) => n + d[field], 0);
    const js = sum('script', 'transferred');
    const css = sum('stylesheet', 'transferred');
    const paint = (visits: { paints: Paints }[], field: keyof Paints) => Math.round(median(visits.map((v) => v.paints[field])));
    const figures = {
      js,
      jsDecoded: sum('script', 'decoded'),
      css,
      cssDecoded: sum('stylesheet', 'decoded'),
      files: downloads.length,
      threadFcp: paint(threadVisits, 'fcp'),
      threadLcp: paint(threadVisits, 'lcp'),
      boardFcp: paint(boardVisits, 'fcp'),
      boardLcp: paint(boardVisits, 'lcp'),
      threadApp: paint(threadVisits, 'app'),
      boardApp: paint(boardVisits, 'app'),
    };
    log(
      `thread page, first visit: JS ${kb(js)} gzipped (${kb(figures.jsDecoded)} unpacked), CSS ${kb(css)} gzipped, ${figures.files} files; budget ${kb(JS_BUDGET)} of JS: ${js <= JS_BUDGET ? 'met' : 'MISSED'}`,
    );
    log(
      `thread page: FCP ${figures.threadFcp} ms, LCP ${figures.threadLcp} ms, app ${figures.threadApp} ms; board page: FCP ${figures.boardFcp} ms, LCP ${figures.boardLcp} ms, app ${figures.boardApp} ms (medians of ${runs})`,
    );
    const largest = [...downloads].sort((a, b) => b.transferred - a.transferred).slice(0, 6);

    const section = [
      `### ${new Date().toISOString().slice(0, 10)}: \`npm run bench:web\``,
      '',
      `Machine: ${machine()}. The production build served by the built API (NODE_ENV=production) on the embedded PostgreSQL with the demo data, both on this machine (loopback, no network throttling); a fresh browser context per visit (a first visit: empty cache). Paints are the medians of ${runs} visits of each page; bytes are those of the first visit of the thread page (\`${new URL(threadUrl).pathname}\`, the demo's busiest answered thread), as sent (gzip, level 9 at build time).`,
      '',
      '| First visit of a thread page | gzipped (sent) | unpacked |',
      '|---|---:|---:|',
      `| JavaScript (${downloads.filter((d) => d.kind === 'script').length} files) | ${kb(js)} | ${kb(figures.jsDecoded)} |`,
      `| CSS (${downloads.filter((d) => d.kind === 'stylesheet').length} files) | ${kb(css)} | ${kb(figures.cssDecoded)} |`,
      `| Budget for JavaScript | ${kb(JS_BUDGET)} | ${js <= JS_BUDGET ? 'met' : `**missed by ${kb(js - JS_BUDGET)}**`} |`,
      '',
      'Largest files: ' + largest.map((d) => `\`${d.url.replace(/^\/assets\//, '')}\` ${kb(d.transferred)}`).join(', ') + '.',
      '',
      'The pages arrive server-rendered, so the first paints come from the HTML; "app rendered" is when the app had drawn itself over it (its header in the DOM).',
      '',
      '| Page | First contentful paint | Largest contentful paint | App rendered |',
      '|---|---:|---:|---:|',
      `| Thread | ${figures.threadFcp} ms | ${figures.threadLcp} ms | ${figures.threadApp} ms |`,
      `| Board | ${figures.boardFcp} ms | ${figures.boardLcp} ms | ${figures.boardApp} ms |`,
      '',
      `Review queue (\`/en/moderation\`, the demo moderator signed in, ${QUEUE_ACTIONS + 10} reported replies queued): from the key press "a" (approve) to the next item drawn, timed in the page, over ${queueTimes.length} actions in a row. Each is the \`moderatePost\` round trip to the local API, the cache update that takes the item off the queue, and the render; no page load.`,
      '',
      '| Review queue: action → next item shown | median | p90 | max |',
      '|---|---:|---:|---:|',
      `| Approve (keyboard) | ${queueMedian} ms | ${queueP90} ms | ${Math.round(Math.max(...queueTimes))} ms |`,
    ].join('\n');
    writeFileSync(
      'bench/.results/web.json',
      JSON.stringify(
        { date: new Date().toISOString(), machine: machine(), threadUrl, boardUrl, figures, reviewQueueMs: queueTimes, downloads },
        null,
        2,
      ),
    );
    if (!values['no-docs']) {
      writeDocs(section);
      log(`written to ${DOCS_FILE}`);
    }
  } finally {
    while (cleanup.length > 0) await cleanup.pop()!().catch((error) => console.error(error));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
