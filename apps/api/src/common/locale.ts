import Negotiator from 'negotiator';

export const DEFAULT_LOCALE = 'en';

// BCP-47 as stored: language lower case, region upper case ("zh-cn" -> "zh-CN").
export function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

// One language tag to the locale we serve for it (BCP 47 lookup, then by language): every Chinese
// variant (zh, zh-TW, zh-Hans-CN, zh-HK) is zh-CN until there is a Traditional board, every
// English one (en-US, en-GB) is en. null when nothing we serve speaks it.
export function matchLocale(tag: string, available: readonly string[]): string | null {
  const canonical = canonicalLocale(tag.trim());
  if (!canonical) return null;
  const exact = available.find((locale) => locale.toLowerCase() === canonical.toLowerCase());
  if (exact) return exact;
  const language = new Intl.Locale(canonical).language;
  return available.find((locale) => new Intl.Locale(locale).language === language) ?? null;
}

// The caller's preferences in order of quality, each matched as above.
export function negotiateLocale(acceptLanguage: string | undefined, available: readonly string[]): string | undefined {
  if (!acceptLanguage || available.length === 0) return undefined;
  for (const preferred of new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages()) {
    if (preferred === '*') return available[0];
    const match = matchLocale(preferred, available);
    if (match) return match;
  }
  return undefined;
}
