// Builds fresh-tune.jsonl and fresh-heldout.jsonl from posts-en.txt and posts-zh.txt.
//   npx tsx libs/scam-guard/corpus/fresh/build.ts
// Each line of a source file is `s|kind|text` (scam) or `l|kind|text` (legit). Within each
// (language, label, kind) group, lines alternate between the tuning part and the held-out part, so
// both parts cover every class. Placeholders get values derived from the line's position, so the
// output is the same on every run: {HEX64} {B58SK} {WIF} {XPRV} {SEED12} {TXID} {ADDR}, and
// {PHISH} / {ALLOW}, a domain of the installed eth-phishing-detect blocklist / allow-list.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';

const here = dirname(fileURLToPath(import.meta.url));
const config = createRequire(import.meta.url)('eth-phishing-detect/src/config.json') as { blacklist: string[]; whitelist: string[] };

function bytes(seed: string, n: number): Uint8Array {
  const out: number[] = [];
  for (let i = 0; out.length < n; i++) out.push(...createHash('sha256').update(`${seed}:${i}`).digest());
  return Uint8Array.from(out.slice(0, n));
}
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(b: Uint8Array): string {
  let n = BigInt(`0x${hex(b) || '0'}`);
  let s = '';
  while (n > 0n) {
    s = ALPHABET[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const x of b) if (x === 0) s = `1${s}`; else break;
  return s;
}
function base58check(payload: Uint8Array): string {
  const sum = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  return base58(Uint8Array.from([...payload, ...sum.subarray(0, 4)]));
}

const FILL: Record<string, (seed: string) => string> = {
  HEX64: (s) => hex(bytes(s, 32)),
  TXID: (s) => hex(bytes(s, 32)),
  ADDR: (s) => `0x${hex(bytes(s, 20))}`,
  B58SK: (s) => base58(bytes(s, 64)),
  WIF: (s) => base58check(Uint8Array.from([0x80, ...bytes(s, 32), 0x01])),
  XPRV: (s) => base58check(Uint8Array.from([0x04, 0x88, 0xad, 0xe4, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...bytes(`${s}c`, 32), 0, ...bytes(s, 32)])),
  SEED12: (s) => entropyToMnemonic(bytes(s, 16), wordlist),
  PHISH: (s) => config.blacklist[bytes(s, 4).reduce((a, x) => a * 256 + x, 0) % config.blacklist.length],
  ALLOW: (s) => config.whitelist[bytes(s, 4).reduce((a, x) => a * 256 + x, 0) % config.whitelist.length],
};

const parts: Record<'tune' | 'heldout', string[]> = { tune: [], heldout: [] };
for (const lang of ['en', 'zh']) {
  const seen = new Map<string, number>();
  readFileSync(join(here, `posts-${lang}.txt`), 'utf8').split('\n').filter(Boolean).forEach((row, i) => {
    const [mark, kind, ...rest] = row.split('|');
    const label = mark === 's' ? 'scam' : 'legit';
    const id = `fresh-${lang}-${String(i + 1).padStart(3, '0')}`;
    const text = rest.join('|').replace(/\{([A-Z0-9]+)\}/g, (_, name: string) => FILL[name](`${id}:${name}`));
    const group = `${label}/${kind}`;
    const n = seen.get(group) ?? 0;
    seen.set(group, n + 1);
    const tags = /\{(HEX64|B58SK|WIF|XPRV|SEED12)\}/.test(row) && label === 'scam' ? ['own_secret'] : [];
    const line = JSON.stringify({ id, lang, text, label, kind, tags, source: 'synthetic-fresh' });
    parts[n % 2 === 0 ? 'tune' : 'heldout'].push(line);
  });
}
for (const [name, lines] of Object.entries(parts)) writeFileSync(join(here, `fresh-${name}.jsonl`), `${lines.join('\n')}\n`);
process.stdout.write(`tune ${parts.tune.length}, heldout ${parts.heldout.length}\n`);
