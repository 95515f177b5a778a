import { domainToUnicode } from 'node:url';
import levenshtein from 'damerau-levenshtein';
import { compileBrand, type CompiledBrand } from './brand.js';
import { hostInfo, hostIsUnder, type HostInfo } from './hosts.js';
import { skeleton } from './skeleton.js';
import type { BrandConfig } from './types.js';

export type HostClass = 'official' | 'lookalike' | 'external';

export interface HostVerdict {
  class: HostClass;
  // How a lookalike imitates the brand: homoglyph, brand_label, brand_as_subdomain,
  // free_hosting_subdomain, combosquat, typosquat.
  technique: string | null;
  info: HostInfo;
}

const brandCache = new WeakMap<BrandConfig, CompiledBrand>();

function toCompiled(brand: BrandConfig | CompiledBrand): CompiledBrand {
  if ('labelSkeletons' in brand) return brand;
  let compiled = brandCache.get(brand);
  if (!compiled) {
    compiled = compileBrand(brand);
    brandCache.set(brand, compiled);
  }
  return compiled;
}

// Verdicts per compiled brand and host: the same few hosts recur in post after post. Bounded;
// once full, new hosts are classified without being kept.
const verdictCache = new WeakMap<CompiledBrand, Map<string, HostVerdict | null>>();
const VERDICT_CACHE_LIMIT = 10_000;

export function classifyHost(host: string, brand: BrandConfig | CompiledBrand): HostVerdict | null {
  const compiled = toCompiled(brand);
  let cache = verdictCache.get(compiled);
  if (!cache) {
    cache = new Map();
    verdictCache.set(compiled, cache);
  }
  let verdict = cache.get(host);
  if (verdict === undefined) {
    verdict = classifyUncached(host, compiled);
    if (cache.size < VERDICT_CACHE_LIMIT) cache.set(host, verdict);
  }
  return verdict;
}

function classifyUncached(host: string, compiled: CompiledBrand): HostVerdict | null {
  const info = hostInfo(host);
  if (!info) return null;
  if (info.domain && compiled.officialDomains.has(info.domain)) return { class: 'official', technique: null, info };
  const technique = info.isIp ? null : lookalikeTechnique(info, compiled);
  return { class: technique ? 'lookalike' : 'external', technique, info };
}

// The technique when the host imitates an official domain or the brand, else null.
export function isLookalikeDomain(host: string, brand: BrandConfig | CompiledBrand): string | null {
  const verdict = classifyHost(host, brand);
  return verdict?.class === 'lookalike' ? verdict.technique : null;
}

function lookalikeTechnique(info: HostInfo, brand: CompiledBrand): string | null {
  const hostSkeleton = skeleton(info.unicode);
  for (const official of brand.officialDomains) {
    // TR39: the host looks like an official one but is not (окх.com, 0kx.com, www.оkx.com).
    if (hostIsUnder(hostSkeleton, skeleton(official))) return 'homoglyph';
  }
  const label = skeleton(domainToUnicodeLabel(info.label ?? ''));
  if (brand.labelSkeletons.includes(label)) return 'brand_label';
  if (info.privateDomain && info.privateDomain !== info.domain) {
    const site = info.privateDomain.slice(0, info.privateDomain.length - (info.domain?.length ?? 0) - 1);
    if (site.split('.').some((l) => containsBrand(skeleton(l), brand))) return 'free_hosting_subdomain';
  }
  if (info.subdomainLabels.some((l) => containsBrand(skeleton(domainToUnicodeLabel(l)), brand))) {
    return 'brand_as_subdomain';
  }
  if (containsBrand(label, brand)) return 'combosquat';
  return isTyposquat(label, brand) ? 'typosquat' : null;
}

function domainToUnicodeLabel(label: string): string {
  return label.startsWith('xn--') ? domainToUnicode(label) || label : label;
}

// A brand name starting a label or standing between hyphens/digits ("okx-support", "us-okx",
// "okexpro"). Long names may sit anywhere; a short name ending a word ("bookx") is a coincidence.
// Words glued before the brand in phishing hosts ("secureokx", "loginokx"); an ordinary word that
// happens to end in the brand ("bookx") is not on the list.
// Compared as skeletons, like the label.
const LURE_PREFIXES: ReadonlySet<string> = new Set(
  [
    'secure',
    'login',
    'signin',
    'verify',
    'support',
    'help',
    'my',
    'web',
    'app',
    'wallet',
    'account',
    'auth',
    'official',
    'service',
    'kyc',
    'claim',
  ].map((w) => skeleton(w)),
);

function sortedLetters(text: string): string {
  return [...text].sort().join('');
}

function containsBrand(label: string, brand: CompiledBrand): boolean {
  const parts = label.split('-');
  return brand.labelSkeletons.some((name) => {
    if (label.startsWith(name) || (name.length >= 5 && label.includes(name))) return true;
    if (label.endsWith(name) && LURE_PREFIXES.has(label.slice(0, -name.length))) return true;
    // Letters swapped inside a combined name: "kox-support", "oxk-help".
    if (
      parts.length > 1 &&
      parts.some((part) => part !== name && part.length === name.length && sortedLetters(part) === sortedLetters(name))
    )
      return true;
    const at = label.indexOf(name, 1);
    return at > 0 && /[-0-9]/.test(label[at - 1]) && (at + name.length === label.length || /[-0-9]/.test(label[at + name.length]));
  });
}

// Damerau-Levenshtein as eth-phishing-detect uses it, but short names (okx, okex) only match the
// typo shapes seen in squats (a hyphen, a doubled letter, two swapped letters): distance ≤ 2 on a
// three-letter name also matches box.com, fox.com and okta.com.
function isTyposquat(label: string, brand: CompiledBrand): boolean {
  const dehyphenated = label.replaceAll('-', '');
  const undoubled = dehyphenated.replace(/(.)\1+/g, '$1');
  return brand.labelSkeletons.some((name) => {
    if (dehyphenated === name || undoubled === name) return true;
    const distance = levenshtein(dehyphenated, name).steps;
    if (name.length >= 8) return distance <= 2;
    if (name.length >= 5) return distance <= 1;
    return distance === 1 && dehyphenated.length === name.length && isTransposition(dehyphenated, name);
  });
}

function isTransposition(a: string, b: string): boolean {
  for (let i = 0; i < a.length - 1; i++) {
    if (a[i] !== b[i]) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return false;
}
