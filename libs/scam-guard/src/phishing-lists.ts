import { createRequire } from 'node:module';

// The field's maintained phishing lists, read once from the installed packages (no network at run
// time: updates come with a dependency bump). MetaMask's eth-phishing-detect ships a blocklist of
// known phishing domains and an allow-list of known-good domains that look like them.
export interface PhishingLists {
  source: string;
  denied: ReadonlySet<string>;
  allowed: ReadonlySet<string>;
}

interface EthPhishingConfig {
  blacklist: string[];
  whitelist: string[];
}

let loaded: PhishingLists | undefined;

export function maintainedPhishingLists(): PhishingLists {
  if (!loaded) {
    const config = createRequire(import.meta.url)('eth-phishing-detect/src/config.json') as EthPhishingConfig;
    loaded = phishingLists('eth-phishing-detect', config.blacklist, config.whitelist);
  }
  return loaded;
}

export function phishingLists(source: string, denied: readonly string[], allowed: readonly string[]): PhishingLists {
  const clean = (list: readonly string[]) => new Set(list.map((d) => d.trim().toLowerCase().replace(/\.+$/, '')).filter(Boolean));
  return { source, denied: clean(denied), allowed: clean(allowed) };
}

export const NO_PHISHING_LISTS: PhishingLists = phishingLists('none', [], []);

// 'allowed' | 'denied' for the host or its nearest listed parent domain; the allow-list wins at
// the same depth, as in eth-phishing-detect.
export function listVerdict(ascii: string, lists: PhishingLists): 'allowed' | 'denied' | null {
  let host = ascii;
  for (;;) {
    if (lists.allowed.has(host)) return 'allowed';
    if (lists.denied.has(host)) return 'denied';
    const dot = host.indexOf('.');
    if (dot < 0 || host.indexOf('.', dot + 1) < 0) return null;
    host = host.slice(dot + 1);
  }
}
