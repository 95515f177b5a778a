import { domainToASCII, domainToUnicode } from 'node:url';
import { parse } from 'tldts';

export interface HostInfo {
  // Lower-case ASCII (punycode) host without a trailing dot.
  ascii: string;
  // The same host as a reader sees it (punycode decoded).
  unicode: string;
  // Registrable domain under the ICANN list, e.g. "verify-login.io" for "okx.com.verify-login.io".
  domain: string | null;
  // The label left of the public suffix: "verify-login".
  label: string | null;
  // Labels left of the registrable domain, outermost first.
  subdomainLabels: string[];
  // Registrable domain when private suffixes (pages.dev, github.io …) count: the free-hosting site.
  privateDomain: string | null;
  isIp: boolean;
}

const DOTS = /[\u3002\uff0e\uff61]/g;

// UTS46 normalisation (what a browser does): NFKC, lower case, ideographic and full-width dots.
export function hostInfo(raw: string): HostInfo | null {
  const cleaned = raw.normalize('NFKC').replace(DOTS, '.').trim().replace(/\.+$/, '').toLowerCase();
  if (cleaned.length === 0 || cleaned.length > 253) return null;
  const ascii = domainToASCII(cleaned);
  if (ascii.length === 0) return null;
  const icann = parse(ascii, { allowPrivateDomains: false, extractHostname: false });
  if (icann.isIp) return { ascii, unicode: ascii, domain: null, label: null, subdomainLabels: [], privateDomain: null, isIp: true };
  if (!icann.domain || !icann.isIcann) return null;
  const withPrivate = parse(ascii, { allowPrivateDomains: true, extractHostname: false });
  return {
    ascii,
    unicode: domainToUnicode(ascii) || ascii,
    domain: icann.domain,
    label: icann.domainWithoutSuffix,
    subdomainLabels: icann.subdomain ? icann.subdomain.split('.') : [],
    privateDomain: withPrivate.isPrivate ? withPrivate.domain : null,
    isIp: false,
  };
}

// True when the host is the domain or one of its subdomains.
export function hostIsUnder(ascii: string, domain: string): boolean {
  return ascii === domain || ascii.endsWith(`.${domain}`);
}
