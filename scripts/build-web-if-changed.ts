// Builds the Vite bundles the API serves only when their sources changed since the last build
// (a content hash of the inputs is kept next to the output): the web client into dist/web, and
// the development GraphQL IDE into dist/graphql-ide.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ViteBundle {
  name: string;
  inputs: string[];
  config: string;
  outDir: string;
}

export const WEB_CLIENT: ViteBundle = {
  name: 'web client',
  inputs: ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/api/schema.gql', 'package-lock.json'],
  config: 'apps/web/vite.config.ts',
  outDir: 'dist/web',
};

export const GRAPHQL_IDE: ViteBundle = {
  name: 'GraphQL IDE',
  inputs: ['apps/api/src/graphql/ide/client', 'package-lock.json'],
  config: 'apps/api/src/graphql/ide/client/vite.config.mjs',
  outDir: 'dist/graphql-ide',
};

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function inputsHash(bundle: ViteBundle): string {
  const hash = createHash('sha256');
  for (const file of bundle.inputs.flatMap(files)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export function buildIfChanged(bundle: ViteBundle, log: (line: string) => void = console.log): boolean {
  const stamp = join(bundle.outDir, '.inputs-hash');
  const hash = inputsHash(bundle);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    log(`${bundle.name} is up to date (${bundle.outDir})`);
    return false;
  }
  // Always the production build: called from the test runner, NODE_ENV=test would otherwise give
  // React's development build (twice the size, and not what users get).
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', bundle.config, '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  writeFileSync(stamp, hash);
  log(`${bundle.name} built into ${bundle.outDir}`);
  return true;
}

export function buildWebIfChanged(log: (line: string) => void = console.log): boolean {
  return buildIfChanged(WEB_CLIENT, log);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildIfChanged(WEB_CLIENT);
  // The IDE is served outside production only.
  if (process.env.NODE_ENV !== 'production') buildIfChanged(GRAPHQL_IDE);
}
