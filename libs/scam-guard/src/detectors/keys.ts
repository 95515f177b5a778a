import { createHash } from 'node:crypto';
import type { ScanInput } from '../scan-input.js';
import { allMatches } from '../regex-util.js';

const HEX64 = /(?<![0-9a-fA-F])(?:0x)?[0-9a-fA-F]{64}(?![0-9a-fA-F])/g;
// Extended private keys are private by definition, whatever the text around them.
const XPRV = /\b[xyzt]prv[1-9A-HJ-NP-Za-km-z]{100,112}\b/g;
const WIF = /\b[5KLc9][1-9A-HJ-NP-Za-km-z]{50,51}\b/g;

// Words that introduce a key versus words that introduce a transaction hash; the nearer wins.
// A key is rarely named: "exported from my wallet", "pk", "这一串", "Show secret key" all introduce one.
const KEY_WORDS =
  /private ?key|priv ?key|secret ?key|privkey|wif|\bkey\b|\bpk\b|export\w*|import\w*|backup|wallet|phantom|metamask|私钥|密钥|秘钥|导出|导入|备份|钱包|这一?串/gi;
const TX_WORDS =
  /txid|tx ?hash|transaction|hash|signature|\bsig\b|交易|哈希|签名|scan|explorer|区块|上链|链上|转账|提币|充值|withdraw|deposit/gi;
// A Solana (ed25519) secret key: 64 bytes in base58, 86 to 88 characters.
const BASE58_64 = /(?<![1-9A-HJ-NP-Za-km-z])[1-9A-HJ-NP-Za-km-z]{86,88}(?![1-9A-HJ-NP-Za-km-z])/g;
const CONTEXT_REACH = 60;
// Every key above is a run of at least 50 letters and digits (WIF, the shortest): one pass tells
// whether any of the four patterns can match.
const LONG_RUN = /[0-9A-Za-z]{50}/;

export function detectKeys(input: ScanInput): void {
  const { base, findings } = input;
  const text = base.text;
  if (!LONG_RUN.test(text)) return;
  for (const m of [...allMatches(HEX64, text), ...allMatches(BASE58_64, text)]) {
    if (m[0].length > 66 && base58Bytes(m[0])?.length !== 64) continue;
    if (nearest(KEY_WORDS, text, m.index) < nearest(TX_WORDS, text, m.index)) {
      findings.add('SECRET_LEAK', base, m.index, m.index + m[0].length, 1, { floor: 'BLOCK', anchor: true });
    }
  }
  for (const m of allMatches(XPRV, text))
    findings.add('SECRET_LEAK', base, m.index, m.index + m[0].length, 1, { floor: 'BLOCK', anchor: true });
  for (const m of allMatches(WIF, text)) {
    if (isBase58Check(m[0])) findings.add('SECRET_LEAK', base, m.index, m.index + m[0].length, 1, { floor: 'BLOCK', anchor: true });
  }
}

// Distance from the closest preceding match of `re` to `pos` (Infinity when none is in reach).
function nearest(re: RegExp, text: string, pos: number): number {
  const window = text.slice(Math.max(0, pos - CONTEXT_REACH), pos);
  let best = Infinity;
  for (const m of allMatches(re, window)) best = window.length - m.index;
  return best;
}

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58Bytes(text: string): Buffer | null {
  let value = 0n;
  for (const ch of text) value = value * 58n + BigInt(ALPHABET.indexOf(ch));
  let hex = value === 0n ? '' : value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let zeros = 0;
  while (text[zeros] === '1') zeros++;
  return Buffer.concat([Buffer.alloc(zeros), Buffer.from(hex, 'hex')]);
}

function isBase58Check(text: string): boolean {
  const bytes = base58Bytes(text);
  if (!bytes || bytes.length < 5) return false;
  const payload = bytes.subarray(0, -4);
  const digest = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  return digest.subarray(0, 4).equals(bytes.subarray(-4));
}
