import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

export interface PreparedDatabase {
  url: string;
  embedded?: EmbeddedDatabase;
}

// DATABASE_URL when configured; otherwise the embedded server, with the application's data in
// its own database so that other databases on the same server (tests) stay apart.
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<PreparedDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL };
  log(`starting the embedded PostgreSQL in ${config.EMBEDDED_PG_DIR} on port ${config.EMBEDDED_PG_PORT}`);
  const embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT });
  const url = await ensureDatabase(embedded.url, 'beacon');
  return { url, embedded };
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function runMigrations(url: string): Promise<string[]> {
  const db = new DataSource(dataSourceOptions(url, { extra: { max: 1 } }));
  await db.initialize();
  try {
    // Several instances may start at once against one database: one migrates, the others wait.
    await db.query(`SELECT pg_advisory_lock(hashtext('beacon:migrations'))`);
    const applied = await db.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await db.query(`SELECT pg_advisory_unlock(hashtext('beacon:migrations'))`).catch(() => undefined);
    await db.destroy();
  }
}
