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

let embedded: EmbeddedDatabase | undefined;

// One server for the run: DATABASE_URL when set, else an embedded one with durability off.
// The schema is migrated once into a template; each test file copies it (tens of ms).
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: '.data/test-postgres', port: Number(process.env.TEST_PG_PORT ?? 54330), fastUnsafe: true });
    serverUrl = embedded.url;
  }
  await dropDatabases(serverUrl, (name) => name === TEMPLATE_DB || name.startsWith('beacon_test_'));
  await runMigrations(await ensureDatabase(serverUrl, TEMPLATE_DB));
  project.provide('databaseServerUrl', serverUrl);
  return async () => {
    await dropDatabases(serverUrl!, (name) => name.startsWith('beacon_test_') && name !== TEMPLATE_DB);
    await embedded?.stop();
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
