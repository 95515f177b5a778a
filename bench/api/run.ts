import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.js';
import { BENCH_JWT_SECRET, startApi, type ApiProcess } from './api-process.js';
import { prepareDataset, restoreDataset, warmBuffers, withClient } from './dataset.js';
import { postmasterPid, watchProcesses } from './process-stats.js';
import { profileScenario } from './profile.js';
import { evaluateTargets, printReport, writeDocsSection, type Machine, type Report, type ScenarioResult } from './report.js';
import {
  AUTO_EXPLAIN_PGOPTIONS,
  collectPlans,
  preloadStatementTools,
  statementToolsLoaded,
  readStatementStats,
  resetStatementStats,
} from './sql-stats.js';
import {
  buildScenarios,
  measurePurge,
  prepareFixtures,
  runScenario,
  sampleScenario,
  walkDeepCursors,
  walkReviewQueue,
  type Fixtures,
  type Scenario,
} from './scenarios.js';

const BENCH_PG_DIR = '.data/bench-postgres';
const BENCH_PG_PORT = 54331;
// Room for the whole dataset (about 820 MiB), as a production server sized for its data would
// have; the default 128 MB would make every thread page read its posts from the OS cache.
const BENCH_SHARED_BUFFERS = '1GB';
const RESULTS_DIR = resolve('bench/.results');
const DOCS_FILE = resolve('docs/benchmarks.md');

const log = (line: string) => console.log(`[bench] ${line}`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '50' },
      rebuild: { type: 'boolean', default: false },
      'no-profile': { type: 'boolean', default: false },
      'no-docs': { type: 'boolean', default: false },
      // Comma-separated scenario keys (those of PHASES) to run alone; implies --no-docs.
      only: { type: 'string' },
      // The scenario to profile when a target is missed.
      'profile-scenario': { type: 'string', default: 'thread' },
    },
  });
  const only = values.only ? values.only.split(',').map((key) => key.trim()) : null;
  // `purge` is not a load scenario: one account's content purged and restored a few times.
  const known: string[] = [...new Set<string>(PHASES.flatMap((phase) => phase.keys)), 'purge'];
  if (only?.some((key) => !known.includes(key))) throw new Error(`--only takes scenario keys: ${known.join(', ')}`);
  const profileScenarioKey = values['profile-scenario'] as Scenario['key'];
  if (!known.includes(profileScenarioKey)) throw new Error(`--profile-scenario takes a scenario key: ${known.join(', ')}`);
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0) || !(connections > 0)) throw new Error('--duration and --connections take positive numbers');
  // Long enough for the JIT and PostgreSQL's caches to settle; excluded from the figures.
  const warmup = Math.min(5, Math.max(1, Math.round(duration / 4)));
  return {
    duration,
    connections,
    warmup,
    only,
    profileScenarioKey,
    rebuild: values.rebuild,
    profile: !values['no-profile'],
    docs: !values['no-docs'] && !only,
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const cleanup: (() => Promise<void>)[] = [];
  const shutdown = async () => {
    while (cleanup.length > 0) await cleanup.pop()!().catch((error) => console.error(error));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown().then(() => process.exit(130)));

  try {
    const server = await startDatabase();
    cleanup.push(server.stop);
    const dataset = await prepareDataset(server.url, { rebuild: options.rebuild, log });
    log(
      dataset.reused
        ? `reusing ${dataset.threads.toLocaleString('en')} threads (built in ${dataset.buildSeconds.toFixed(0)} s)`
        : `dataset built in ${dataset.buildSeconds.toFixed(0)} s`,
    );
    const machine = await describeMachine(dataset.url, server.kind);
    const buffersWarmed = await warmBuffers(dataset.url);
    if (buffersWarmed) log('tables and indexes loaded into shared buffers (pg_prewarm)');

    const fixtures = await prepareFixtures(dataset.url, BENCH_JWT_SECRET);
    const logFile = `${RESULTS_DIR}/api.log`;
    let api: ApiProcess | null = null;
    const stopApi = async () => {
      await api?.stop();
      api = null;
    };
    cleanup.push(stopApi);

    const results: ScenarioResult[] = [];
    let scenarios: Scenario[] = [];
    let deepCursors: Fixtures['deepCursors'] = [];
    const phases = PHASES.map((phase) => ({
      ...phase,
      keys: phase.keys.filter((key) => !options.only || options.only.includes(key)),
    })).filter((phase) => phase.keys.length > 0);
    for (const phase of phases) {
      // A fresh process per phase: the cache starts empty and memory is the phase's own.
      await stopApi();
      const env: Record<string, string> = phase.cache ? {} : { ANONYMOUS_CACHE_SECONDS: '0' };
      const current: ApiProcess = (api = await startApi({ databaseUrl: dataset.url, logFile, env }));
      if (scenarios.length === 0) {
        deepCursors = await walkDeepCursors(current.url, fixtures.boardIds);
        const reviewDeepCursor = await walkReviewQueue(current.url, fixtures.moderatorToken);
        scenarios = buildScenarios({ ...fixtures, deepCursors, reviewDeepCursor });
      }
      for (const key of phase.keys) {
        const scenario = scenarios.find((s) => s.key === key)!;
        const result = await measure(current, dataset.url, scenario, phase.cache, options);
        results.push(result);
        log(describe(result));
      }
    }
    let purge: Report['purge'];
    if (!options.only || options.only.includes('purge')) {
      const current: ApiProcess = (api ??= await startApi({ databaseUrl: dataset.url, logFile, env: {} }));
      purge = await measurePurge(current.url, dataset.url, fixtures.moderatorToken);
      log(
        `purgeUserContent of ${purge.posts.toLocaleString('en')} posts: ${purge.purgeMs.map((ms) => ms.toFixed(0)).join(', ')} ms; restoreUserContent: ${purge.restoreMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
      );
    }
    await stopApi();
    const removed = await restoreDataset(dataset.url);
    log(`removed the ${removed.toLocaleString('en')} posts written by the run`);

    const targets = evaluateTargets(results, purge);
    const report: Report = {
      date: new Date(),
      command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
      options,
      machine,
      dataset,
      buffersWarmed,
      results,
      targets,
      purge,
    };
    if (targets.some((t) => !t.met) && options.profile) {
      const profiled = scenarios.find((s) => s.key === options.profileScenarioKey)!;
      log(`a target was missed: profiling "${profiled.title}" and explaining its SQL`);
      serverLog.text = '';
      serverLog.capturing = server.kind === 'embedded';
      report.profile = await profileScenario({
        databaseUrl: dataset.url,
        dir: `${RESULTS_DIR}/profile`,
        logFile,
        scenario: profiled,
        connections: options.connections,
        duration: Math.min(options.duration, 15),
        env: server.kind === 'embedded' ? { PGOPTIONS: AUTO_EXPLAIN_PGOPTIONS } : {},
      });
      serverLog.capturing = false;
      report.plans = collectPlans(serverLog.text);
      serverLog.text = '';
    }

    const stamp = report.date.toISOString().replace(/[:.]/g, '-');
    writeFileSync(`${RESULTS_DIR}/api-${stamp}.json`, JSON.stringify(report, null, 2));
    printReport(report);
    if (options.docs) {
      writeDocsSection(DOCS_FILE, report);
      log(`results written to ${DOCS_FILE} (## API)`);
    }
  } finally {
    await shutdown();
  }
}

// First the API's own work (anonymous cache off, as for signed-in readers and cache misses),
// then the configuration it ships with, where visitors' reads may come from memory.
const PHASES: { cache: boolean; keys: Scenario['key'][] }[] = [
  { cache: false, keys: ['board', 'deep', 'thread'] },
  {
    cache: true,
    keys: ['board', 'deep', 'thread', 'hot-thread', 'staff-queue', 'staff-metrics', 'review-queue', 'review-queue-deep', 'write'],
  },
];

async function measure(
  api: ApiProcess,
  dbUrl: string,
  scenario: Scenario,
  cache: boolean,
  options: { connections: number; duration: number; warmup: number },
): Promise<ScenarioResult> {
  const sqlQueries = await sampleScenario(api.url, scenario);
  await runScenario(api.url, scenario, { connections: options.connections, duration: options.warmup });
  const statsOn = await resetStatementStats(dbUrl);
  const watch = watchProcesses(api.pid, process.env.DATABASE_URL ? null : postmasterPid(BENCH_PG_DIR));
  const load = await runScenario(api.url, scenario, { connections: options.connections, duration: options.duration });
  const { startRssMb, maxRssMb, cpu } = watch.stop();
  const statements = statsOn ? await readStatementStats(dbUrl) : undefined;
  return { key: scenario.key, title: scenario.title, cache, sqlQueries, startRssMb, maxRssMb, cpu, statements, ...load };
}

function describe(r: ScenarioResult): string {
  const perRequest = (ms: number) => (ms / Math.max(r.requests, 1)).toFixed(2);
  return (
    `${r.title}, cache ${r.cache ? 'on' : 'off'}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ` +
    `errors ${r.errors + r.non2xx + r.graphqlErrors}, ${r.sqlQueries ?? '–'} SQL, hits ${r.cacheHits}, RSS ${r.startRssMb.toFixed(0)}→${r.maxRssMb.toFixed(0)} MB, ` +
    `CPU ms/req API ${perRequest(r.cpu.apiMs)} PG ${perRequest(r.cpu.postgresMs)} bench ${perRequest(r.cpu.loadGeneratorMs)} other ${perRequest(r.cpu.otherMs)}`
  );
}

// What the embedded server logs, kept only while a profile run wants auto_explain's plans.
const serverLog = { capturing: false, text: '' };

// DATABASE_URL's server when set (the bench database is created beside the others), else an
// embedded server with its own folder and port, so it runs alongside `npm start` and tests.
// The embedded one preloads pg_stat_statements and auto_explain and gets BENCH_SHARED_BUFFERS
// (set once with ALTER SYSTEM, then restarted).
async function startDatabase(): Promise<{ url: string; kind: Machine['database']; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, kind: 'DATABASE_URL', stop: async () => undefined };
  log(`starting the embedded PostgreSQL in ${BENCH_PG_DIR} on port ${BENCH_PG_PORT}`);
  const start = () =>
    startEmbeddedPostgres({
      dataDir: BENCH_PG_DIR,
      port: BENCH_PG_PORT,
      log: (line) => serverLog.capturing && (serverLog.text += `${line}\n`),
    });
  let embedded = await start();
  if (!(await statementToolsLoaded(embedded.url))) {
    await preloadStatementTools(embedded.url, BENCH_SHARED_BUFFERS);
    await embedded.stop();
    embedded = await start();
  }
  return { url: embedded.url, kind: 'embedded', stop: () => embedded.stop() };
}

async function describeMachine(url: string, database: Machine['database']): Promise<Machine> {
  const settings = await withClient(url, async (db) => {
    const { rows } = await db.query(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS shared_buffers,
              current_setting('max_connections') AS max_connections, current_setting('synchronous_commit') AS synchronous_commit`,
    );
    return rows[0];
  });
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    ramGb: totalmem() / 2 ** 30,
    kernel: release(),
    node: process.version,
    postgres: settings.version,
    database,
    postgresSettings: `shared_buffers ${settings.shared_buffers}, max_connections ${settings.max_connections}, synchronous_commit ${settings.synchronous_commit}`,
  };
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
