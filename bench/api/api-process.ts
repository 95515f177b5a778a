import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { STARTUP_NODE_FLAGS } from '../../apps/api/src/config/memory-tuning.js';

// Fixed bench values: long enough for the production config check, and never used elsewhere.
export const BENCH_JWT_SECRET = 'beacon-bench-jwt-secret-0123456789abcdefghij';
const BENCH_TOTP_KEY = 'beacon-bench-totp-key-0123456789abcdefghijkl';

const MAIN = fileURLToPath(new URL('../../apps/api/src/main.js', import.meta.url));

export interface ApiProcess {
  url: string;
  pid: number;
  // Date.now() when the process was spawned; a CPU profile's clock starts about then.
  spawnedAt: number;
  stop(): Promise<void>;
}

// The built API as production runs it, in its own process, so its memory and CPU are its own.
// `main`: the compiled entry point, for callers that run from the sources (bench:web).
export async function startApi(options: {
  databaseUrl: string;
  logFile: string;
  nodeFlags?: string[];
  env?: Record<string, string>;
  main?: string;
}): Promise<ApiProcess> {
  const port = await freePort();
  const log = openSync(options.logFile, 'a');
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, [...STARTUP_NODE_FLAGS, ...(options.nodeFlags ?? []), options.main ?? MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      JWT_SECRET: BENCH_JWT_SECRET,
      TOTP_ENCRYPTION_KEY: BENCH_TOTP_KEY,
      EXPOSE_SQL_QUERY_COUNT: '1',
      BEACON_DEMO: '0',
      // 300 writers at full speed: the posting limits would refuse nearly all of it.
      BEACON_RATE_LIMITS: 'off',
      ...options.env,
    },
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  const api: ApiProcess = { url, pid: child.pid!, spawnedAt, stop: () => stopChild(child) };
  try {
    await waitHealthy(url, child, options.logFile);
  } catch (error) {
    await api.stop();
    throw error;
  }
  return api;
}

async function waitHealthy(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}:\n${tail(logFile)}`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API did not answer /health within 60 s:\n${tail(logFile)}`);
}

// SIGTERM lets the API close its pool and exit (and write a CPU profile when asked for one).
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function tail(file: string): string {
  return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
}
