// `npm run bench:web`: what a first visit to a thread page downloads (scripts and styles,
// gzipped as the API sends them) and Chromium's first and largest contentful paint of a thread
// page and a board page, on the demo data, written to docs/benchmarks.md ("Web client").
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { startApi } from '../bench/api/api-process.js';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres.js';
import { ensureDatabase } from '../apps/api/src/database/prepare-database.js';
import { CHROMIUM, launchChromium } from '../apps/web/e2e/chromium.js';
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
    const resources = performance.getEntriesByType('resource') as unknown as { name: string; encodedBodySize: number; decodedBodySize: number }[];
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

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'pg-port': { type: 'string', default: '54332' }, 'no-docs': { type: 'boolean', default: false } } });
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
    const api = await startApi({ databaseUrl, main: 'dist/apps/api/src/main.js', logFile: 'bench/.results/web-api.log', env: { BEACON_DEMO: '1' } });
    cleanup.push(() => api.stop());

    const boards = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query: '{ boards(locale: "en") { topicKey threads(first: 20) { nodes { id replyCount officialAnswer { id } } } } }' }),
    }).then((r) => r.json() as Promise<{ data: { boards: { topicKey: string; threads: { nodes: { id: string; replyCount: number; officialAnswer: { id: string } | null }[] } }[] } }>);
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
    const downloads = threadVisits[0].downloads;
    const sum = (kind: Download['kind'], field: 'transferred' | 'decoded') => downloads.filter((d) => d.kind === kind).reduce((n, d) => n + d[field], 0);
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
    log(`thread page, first visit: JS ${kb(js)} gzipped (${kb(figures.jsDecoded)} unpacked), CSS ${kb(css)} gzipped, ${figures.files} files; budget ${kb(JS_BUDGET)} of JS: ${js <= JS_BUDGET ? 'met' : 'MISSED'}`);
    log(`thread page: FCP ${figures.threadFcp} ms, LCP ${figures.threadLcp} ms, app ${figures.threadApp} ms; board page: FCP ${figures.boardFcp} ms, LCP ${figures.boardLcp} ms, app ${figures.boardApp} ms (medians of ${runs})`);
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
    ].join('\n');
    writeFileSync('bench/.results/web.json', JSON.stringify({ date: new Date().toISOString(), machine: machine(), threadUrl, boardUrl, figures, downloads }, null, 2));
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
