import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../apps/api/src/database/embedded-postgres.js';
import { ensureDatabase, runMigrations } from '../apps/api/src/database/prepare-database.js';

export const TEMPLATE_DB = 'beacon_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

// Two projects (e2e and browser) use this setup in one run: they share one server and one
// template, started by the first and stopped by the last (module state may not be shared
// between projects, so the count lives on globalThis).
interface SharedServer {
  url: string;
  users: number;
  embedded?: EmbeddedDatabase;
}
const shared = globalThis as typeof globalThis & { beaconTestServer?: Promise<SharedServer> };

// One server for the run: DATABASE_URL when set, else an embedded one with durability off.
// The schema is migrated once into a template; each test file copies it (tens of ms).
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.beaconTestServer ??= (async () => {
    let embedded: EmbeddedDatabase | undefined;
    let url = process.env.DATABASE_URL;
    if (!url) {
      embedded = await startEmbeddedPostgres({
        dataDir: '.data/test-postgres',
        port: Number(process.env.TEST_PG_PORT ?? 54330),
        fastUnsafe: true,
      });
      url = embedded.url;
    }
    await dropDatabases(url, (name) => name === TEMPLATE_DB || name.startsWith('beacon_test_'));
    await runMigrations(await ensureDatabase(url, TEMPLATE_DB));
    return { url, users: 0, embedded };
  })();
  const server = await shared.beaconTestServer;
  server.users += 1;
  project.provide('databaseServerUrl', server.url);
  return async () => {
    server.users -= 1;
    if (server.users > 0) return;
    shared.beaconTestServer = undefined;
    await dropDatabases(server.url, (name) => name.startsWith('beacon_test_') && name !== TEMPLATE_DB);
    await server.embedded?.stop();
  };
}

async function dropDatabases(serverUrl: string, match: (name: string) => boolean): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'beacon_test%'`);
    for (const { datname } of rows.filter((r) => match(r.datname))) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
