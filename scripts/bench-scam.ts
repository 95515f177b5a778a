// Speed of the scam guard on one core.
//   npm run bench:scam            run, print, and append the figures to docs/benchmarks.md
//   npm run bench:scam -- --no-write
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRules, DEMO_BRAND, scan, type ScanContext } from '#libs/scam-guard';
import { corpusPath, readJsonl } from '../libs/scam-guard/src/corpus-files.js';
import { hostileInputs } from '../libs/scam-guard/src/hostile-inputs.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docPath = resolve(repoRoot, 'docs/benchmarks.md');
const SECTION = '## Scam guard';
const CORPUS_POSTS = 100_000;
const LARGE_POSTS = 300;
const LARGE_SIZE = 20 * 1024;
// The longest post the API accepts, and the time one such post may take on one core.
const MAX_POST = 50_000;
const MAX_POST_TARGET_MS = 50;
const MAX_POST_RUNS = 5;
const INTRO =
  '`scan()` on one core, rules compiled once. Corpus: the 200 dev posts repeated to 100,000. Large: a 20 KB ' +
  'mix of corpus posts plus the hostile families below at 20 KB. "CPU time" divides by the CPU time the process used, ' +
  'which is closer to one unshared core when the machine is busy; "p99 CPU ms" is the p99 of the CPU time per ' +
  'large post, which preemption on a busy machine does not inflate as it does the wall-clock p99. ' +
  'Targets: ≥ 10,000 posts/s for posts ≤ 1 KB, p99 < 25 ms for a 20 KB post. ' +
  'Worst case: every hostile family (libs/scam-guard/src/hostile-inputs.ts: newlines, separators, runs of one ' +
  'character class, nested quotes, mixed scripts, scam-shaped repeats) at 50,000 characters, the fastest of ' +
  `${MAX_POST_RUNS} runs each; target < ${MAX_POST_TARGET_MS} ms for the slowest.`;

interface Run {
  name: string;
  posts: number;
  perSecond: number;
  // Posts per second of CPU time used by this process: what one core does when it is not shared.
  perCpuSecond: number;
  p50: number;
  p99: number;
  max: number;
  // p99 of the CPU time per post, for large posts: what a busy machine's preemption does not inflate.
  p99Cpu?: number;
}

const ctx: ScanContext = {
  locale: 'en',
  author: { isNewAccount: false, isStaff: false },
  rules: compileRules(DEMO_BRAND, [
    { kind: 'DENIED_DOMAIN', pattern: 'evil.example', locale: null, action: 'BLOCK' },
    { kind: 'WATCHED_PHRASE', pattern: 'guaranteed profit', locale: 'en', action: 'FLAG' },
    { kind: 'WATCHED_PHRASE', pattern: '稳赚', locale: 'zh-CN', action: 'FLAG' },
  ]),
};

function measure(name: string, posts: string[], cpuPerPost = false): Run {
  for (let i = 0; i < Math.min(posts.length, 2000); i++) scan(posts[i], ctx);
  const times = new Float64Array(posts.length);
  const cpuTimes = new Float64Array(cpuPerPost ? posts.length : 0);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < posts.length; i++) {
    const c0 = cpuPerPost ? process.cpuUsage() : undefined;
    const t0 = process.hrtime.bigint();
    scan(posts[i], ctx);
    times[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    if (c0) {
      const c = process.cpuUsage(c0);
      cpuTimes[i] = (c.user + c.system) / 1e3;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  times.sort();
  cpuTimes.sort();
  const at = (sorted: Float64Array, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    name,
    posts: posts.length,
    perSecond: posts.length / seconds,
    perCpuSecond: posts.length / cpuSeconds,
    p50: at(times, 0.5),
    p99: at(times, 0.99),
    max: times[times.length - 1],
    p99Cpu: cpuPerPost ? at(cpuTimes, 0.99) : undefined,
  };
}

function corpusTexts(): string[] {
  return readJsonl<{ text: string }>(corpusPath('dev.jsonl')).map((line) => line.text);
}

function repeatTo(texts: string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => texts[i % texts.length]);
}

function largePosts(texts: string[]): string[] {
  const mixed: string[] = [];
  for (let i = 0; mixed.join('\n').length < LARGE_SIZE; i++) mixed.push(texts[(i * 7) % texts.length]);
  const natural = mixed.join('\n').slice(0, LARGE_SIZE);
  const hostile = hostileInputs(LARGE_SIZE).map((input) => input.text);
  return repeatTo([natural, ...hostile], LARGE_POSTS);
}

interface WorstCase {
  name: string;
  ms: number;
  families: number;
}

// The fastest of a few runs per input: on a shared machine the slowest run measures the neighbours.
function worstMaxSizePost(): WorstCase {
  let worst: WorstCase = { name: '', ms: 0, families: 0 };
  const inputs = hostileInputs(MAX_POST);
  for (const input of inputs) {
    let best = Infinity;
    for (let i = 0; i < MAX_POST_RUNS; i++) {
      const t0 = process.hrtime.bigint();
      scan(input.text, ctx);
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    if (best > worst.ms) worst = { name: input.name, ms: best, families: inputs.length };
  }
  return worst;
}

function formatWorst(worst: WorstCase): string {
  const verdict = worst.ms < MAX_POST_TARGET_MS ? 'within' : 'OVER';
  return `Slowest of ${worst.families} hostile ${MAX_POST.toLocaleString('en')}-character posts: "${worst.name}", ${worst.ms.toFixed(1)} ms (${verdict} the ${MAX_POST_TARGET_MS} ms target).`;
}

function format(runs: Run[]): string {
  const rows = runs.map(
    (r) =>
      `| ${r.name} | ${r.posts} | ${Math.round(r.perSecond).toLocaleString('en')} | ${Math.round(r.perCpuSecond).toLocaleString('en')} | ${r.p50.toFixed(3)} | ${r.p99.toFixed(3)} | ${r.p99Cpu === undefined ? '–' : r.p99Cpu.toFixed(3)} | ${r.max.toFixed(2)} |`,
  );
  const header = [
    '| input | posts | posts/s (wall) | posts/s (CPU time) | p50 ms | p99 ms | p99 CPU ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  return [...header, ...rows].join('\n');
}

function appendToDoc(table: string): void {
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, one core used`;
  const load = loadavg()[0].toFixed(1);
  const entry = `### ${date}: \`npm run bench:scam\`\n\nMachine: ${machine}; load average ${load} when started.\n\n${table}\n`;
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
  const start = doc.indexOf(`${SECTION}\n`);
  if (start < 0) {
    writeFileSync(docPath, `${doc.trimEnd()}\n\n${SECTION}\n\n${INTRO}\n\n${entry}`);
    return;
  }
  const next = doc.indexOf('\n## ', start + SECTION.length);
  const end = next < 0 ? doc.length : next + 1;
  writeFileSync(docPath, `${doc.slice(0, end).trimEnd()}\n\n${entry}${next < 0 ? '' : `\n${doc.slice(end)}`}`);
}

const texts = corpusTexts();
const runs = [
  measure(`dev corpus ×${CORPUS_POSTS / texts.length} (≤ 1 KB each)`, repeatTo(texts, CORPUS_POSTS)),
  measure('20 KB posts (natural + hostile)', largePosts(texts), true),
];
const table = `${format(runs)}\n\n${formatWorst(worstMaxSizePost())}`;
console.log(table);
if (!process.argv.includes('--no-write')) {
  appendToDoc(table);
  console.log(`\nAppended to ${docPath}`);
}
