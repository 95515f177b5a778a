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

export function negotiateLocale(acceptLanguage: string | undefined, available: readonly string[]): string | undefined {
  if (!acceptLanguage || available.length === 0) return undefined;
  return new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([...available]);
}
