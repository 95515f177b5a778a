// `npm start`'s build step: compiles only what changed since the last build (TypeScript's
// incremental build info is kept in dist/), and says what it is doing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const infoFile = 'dist/.tsbuildinfo';
const started = Date.now();
console.log(
  existsSync(infoFile) ? 'beacon: compiling the API (changed files only)…' : 'beacon: compiling the API (first build, about 30 s)…',
);
const tsc = spawnSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', infoFile],
  { stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
console.log(
  `beacon: compiled in ${((Date.now() - started) / 1000).toFixed(1)} s; starting (database, migrations, demo data, then the listening address)`,
);
