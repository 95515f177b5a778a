import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The labelled corpus kept in the repository (libs/scam-guard/corpus), read by the tests and by
// the eval and bench scripts. Not part of the library's API: `scan` never reads files.
export function corpusPath(name: string): string {
  return fileURLToPath(new URL(`../corpus/${name}`, import.meta.url));
}

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}
