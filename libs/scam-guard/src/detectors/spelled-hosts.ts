import { getPublicSuffix } from 'tldts';
import { hostInfo } from '../hosts.js';
import type { MappedText } from '../mapped-text.js';

// Hosts that auto-linkers cannot see, found on the base view.

// "o k x - v e r i f y . n e t": every character of the host followed by a space. A run of spaced
// characters is matched whole, so a long run without a host costs one pass, and is a host when,
// spaces removed, it has a public suffix. It starts only where a run starts, so a run that ends
// in a word ("a a … ab") is tried once, not once per character. At least five characters.
const SPACED_RUN = /(?<![\p{L}\p{N}.-] {0,2})(?:[a-z0-9.-] {1,2}){4,}[a-z0-9.-](?![\p{L}\p{N}])/giu;
const SPACED_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}$/;
const MAYBE_SPACED = /(?:^|\s)[a-z0-9-] [a-z0-9.-] [a-z0-9.-] /i;

export function joinSpacedHosts(view: MappedText, budget: number): MappedText {
  if (!MAYBE_SPACED.test(view.text)) return view;
  return view.rewrite(SPACED_RUN, (m) => {
    if (budget <= 0) return null;
    const host = m[0].replace(/ /g, '').toLowerCase();
    if (!SPACED_HOST.test(host)) return null;
    budget--;
    const suffix = host.slice(host.lastIndexOf('.') + 1);
    return getPublicSuffix(host) === suffix && hostInfo(host)?.domain ? host : null;
  });
}

// A Chinese-character label before an ASCII suffix ("新官网地址：欧易交易.com"). Chinese text has no
// spaces, so where the label starts is a guess: from a brand name inside the run, else the whole
// run when it is short and set apart by punctuation or a space.
const HAN_HOST = /(?<![\p{Script=Han}])(\p{Script=Han}{1,24})\.([a-z]{2,24})(?![a-z0-9-])/giu;
const MAX_BARE_LABEL = 6;

export interface HanHost {
  start: number;
  end: number;
  host: string;
}

export function findHanHosts(text: string, brandNames: readonly string[], limit: number): HanHost[] {
  const found: HanHost[] = [];
  HAN_HOST.lastIndex = 0;
  for (let m = HAN_HOST.exec(text); m !== null && found.length < limit; m = HAN_HOST.exec(text)) {
    const run = m[1];
    const brandAt = Math.min(...brandNames.map((n) => run.indexOf(n)).filter((i) => i >= 0));
    const offset = Number.isFinite(brandAt) ? brandAt : run.length <= MAX_BARE_LABEL ? 0 : -1;
    if (offset < 0) continue;
    const host = `${run.slice(offset)}.${m[2].toLowerCase()}`;
    if (getPublicSuffix(host) !== m[2].toLowerCase() || !hostInfo(host)?.domain) continue;
    found.push({ start: m.index + offset, end: m.index + m[0].length, host });
  }
  return found;
}
