import 'reflect-metadata';
import { createApp } from '../../bootstrap.js';
import { loadConfig } from '../../config/app-config.js';
import { resolveDatabase, runMigrations } from '../../database/prepare-database.js';
import { SearchIndexer } from './search.indexer.js';

// npm run search:reindex: rebuilds the search index from every post and article (after a
// restore from backup, or for content written before the index existed), with its progress.
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config, (line) => console.log(line));
  await runMigrations(database.url);
  const app = await createApp(Object.assign(config, { DATABASE_URL: database.url }));
  try {
    const indexer = app.get(SearchIndexer);
    const total = await indexer.countSources();
    const started = Date.now();
    const bar = (done: number) => {
      const share = total === 0 ? 1 : done / total;
      process.stdout.write(
        `\r[${'#'.repeat(Math.round(share * 30)).padEnd(30)}] ${done.toLocaleString('en')} / ${total.toLocaleString('en')} documents`,
      );
    };
    const written = await indexer.reindexAll(bar);
    bar(written);
    console.log(`\nindexed ${written.toLocaleString('en')} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
