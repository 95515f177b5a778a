import 'reflect-metadata';
import { createApp } from './bootstrap.js';
import { createLogger } from './common/logger.js';
import { loadConfig } from './config/app-config.js';
import { applyRuntimeV8Flags } from './config/memory-tuning.js';
import { resolveDatabase, runMigrations } from './database/prepare-database.js';
import { seedDemoInto } from './database/seeds/demo-seed.js';

applyRuntimeV8Flags();

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await resolveDatabase(config, (line) => logger.info(line));
  const applied = await runMigrations(database.url);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');

  const app = await createApp(Object.assign(config, { DATABASE_URL: database.url }));
  if (config.BEACON_DEMO) {
    const seeded = await seedDemoInto(app);
    if (seeded) logger.info('demo data created (accounts are listed in the README)');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen(config.PORT, '0.0.0.0');
  logger.info(`API ready on http://127.0.0.1:${config.PORT}/graphql`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
