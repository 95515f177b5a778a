// Builds the web client into dist/web only when its sources or the schema changed since the
// last build (a content hash of the inputs is kept next to the output).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/api/schema.gql', 'package-lock.json'];
const STAMP = 'dist/web/.inputs-hash';

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

export function webInputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export function buildWebIfChanged(log: (line: string) => void = console.log): boolean {
  const hash = webInputsHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) {
    log('web client is up to date (dist/web)');
    return false;
  }
  // Always the production build: called from the test runner, NODE_ENV=test would otherwise give
  // React's development build (twice the size, and not what users get).
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  writeFileSync(STAMP, hash);
  log('web client built into dist/web');
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildWebIfChanged();
