import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { resolveDatabase } from './prepare-database.js';

// npm run migration:run | migration:revert | migration:generate -- <Name> | db:reset
// Works on DATABASE_URL, or on the embedded PostgreSQL that `npm start` uses.
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const database = await resolveDatabase(config, (line) => console.log(line));
  const db = new DataSource(dataSourceOptions(database.url));
  await db.initialize();
  try {
    switch (command) {
      case 'run': {
        const applied = await db.runMigrations({ transaction: 'each' });
        console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'nothing to apply');
        break;
      }
      case 'revert':
        await db.undoLastMigration({ transaction: 'each' });
        console.log('reverted the last migration');
        break;
      case 'reset':
        await db.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
        await db.runMigrations({ transaction: 'each' });
        console.log('database reset and migrated (demo data is created again on the next start)');
        break;
      case 'generate':
        await generate(db, name);
        break;
      default:
        throw new Error('usage: cli.js run | revert | reset | generate <Name>');
    }
  } finally {
    await db.destroy();
    await database.embedded?.stop();
  }
}

// Writes the difference between the entities and the database as a migration to read and
// tidy by hand; indexes the entities cannot express are marked synchronize: false.
async function generate(db: DataSource, name: string | undefined): Promise<void> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('give the migration a PascalCase name, e.g. AddReports');
  const sql = await db.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('the entities match the database: nothing to generate');
    return;
  }
  const timestamp = Date.now();
  const line = (q: { query: string }) => `    await db.query(\`${q.query.replace(/`/g, '\\`')}\`);`;
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(db: QueryRunner): Promise<void> {
${sql.upQueries.map(line).join('\n')}
  }

  async down(db: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(line).join('\n')}
  }
}
`;
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const file = join('apps/api/src/database/migrations', `${timestamp}-${kebab}.ts`);
  writeFileSync(file, source);
  console.log(`wrote ${file}: read it, tidy it, and add it to MIGRATIONS in data-source-options.ts`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
