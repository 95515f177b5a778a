import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { startApi } from './api-process.js';
import { runScenario, type LoadResult, type Scenario } from './scenarios.js';

export interface ProfileSummary {
  load: LoadResult;
  scenarioTitle: string;
  sampledMs: number;
  modules: { name: string; ms: number; share: number }[];
  functions: { name: string; module: string; ms: number; share: number }[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

// Runs one scenario against an API started with --cpu-prof and sums the self time of the
// samples taken during the measured load (not startup or warm-up) by module and by function.
export async function profileScenario(options: {
  databaseUrl: string;
  dir: string;
  logFile: string;
  scenario: Scenario;
  connections: number;
  duration: number;
  env?: Record<string, string>;
}): Promise<ProfileSummary> {
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(options.dir, { recursive: true });
  // With the anonymous cache off, so that every request goes the whole way through the API.
  const api = await startApi({
    databaseUrl: options.databaseUrl,
    logFile: options.logFile,
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${options.dir}`],
    env: { ANONYMOUS_CACHE_SECONDS: '0', ...options.env },
  });
  let load: LoadResult;
  let window: [number, number];
  try {
    await runScenario(api.url, options.scenario, { connections: options.connections, duration: 3 });
    const from = Date.now() - api.spawnedAt;
    load = await runScenario(api.url, options.scenario, { connections: options.connections, duration: options.duration });
    window = [from, Date.now() - api.spawnedAt];
  } finally {
    await api.stop();
  }
  const file = readdirSync(options.dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile was written to ${options.dir}`);
  return { load, scenarioTitle: options.scenario.title, ...summarize(JSON.parse(readFileSync(`${options.dir}/${file}`, 'utf8')), window) };
}

// `window` is in ms since the process started, which the profile's clock counts from too
// (within the few ms node takes to start profiling).
function summarize(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, window: [number, number]) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, { module: string; ms: number }>();
  let sampledMs = 0;
  let at = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    at += ms;
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || at < window[0] || at > window[1]) return;
    const module = moduleOf(frame.url, frame.functionName);
    const name = `${frame.functionName || '(anonymous)'}${frame.url ? ` ${shortPath(frame.url)}:${frame.lineNumber + 1}` : ''}`;
    sampledMs += ms;
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
    const entry = byFunction.get(name) ?? { module, ms: 0 };
    entry.ms += ms;
    byFunction.set(name, entry);
  });
  const share = (ms: number) => ms / sampledMs;
  return {
    sampledMs,
    modules: [...byModule]
      .map(([name, ms]) => ({ name, ms, share: share(ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 15),
    functions: [...byFunction]
      .map(([name, f]) => ({ name, module: f.module, ms: f.ms, share: share(f.ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 20),
  };
}

// A package for code under node_modules, the app's folder for our own code, otherwise what
// V8 calls it ((garbage collector), (program)) or node's internals.
function moduleOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const app = /\/dist\/(apps\/api\/src\/[^/]+(?:\/[^/]+)?|libs\/[^/]+)/.exec(url);
  if (app) return app[1].replace(/\.js$/, '');
  return shortPath(url);
}

const shortPath = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/dist\//, '');
