import 'reflect-metadata';
import { createApp } from '../../bootstrap.js';
import { loadConfig } from '../../config/app-config.js';
import { resolveDatabase, runMigrations } from '../../database/prepare-database.js';
import { seedDemoInto } from '../../database/seeds/demo-seed.js';
import { evaluateSearch, formatReports } from './eval/search-eval.js';

// npm run eval:search: recall@5 and MRR of the labelled demo queries, per language, on an
// embedded database of its own holding the demo data (seeded and indexed on its first run).
async function main(): Promise<void> {
  // Always its own embedded server, never the configured DATABASE_URL: the demo data is written there.
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'error',
    BEACON_DEMO: '0',
    BEACON_RATE_LIMITS: 'off',
    EMBEDDED_PG_DIR: '.data/search-eval',
    EMBEDDED_PG_PORT: '54396',
    DATABASE_URL: undefined,
  });
  const database = await resolveDatabase(config, (line) => console.log(line));
  await runMigrations(database.url);
  const app = await createApp(Object.assign(config, { DATABASE_URL: database.url }));
  try {
    if (await seedDemoInto(app)) console.log('seeded and indexed the demo data');
    console.log(formatReports(await evaluateSearch(app)));
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
