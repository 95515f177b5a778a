export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const NAMESPACES = ['common', 'errors', 'boards', 'threads', 'auth', 'composer', 'staff', 'account'] as const;
// Loaded only when a console page (or a moderator's thread tools) first asks for them.
export const CONSOLE_NAMESPACES = ['moderation', 'admin'] as const;

const STORAGE_KEY = 'beacon.language';

export function isLanguage(value: string | undefined | null): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

export function otherLanguage(language: Language): Language {
  return language === 'zh-CN' ? 'en' : 'zh-CN';
}

// The language the user chose last, else the browser's preference, else Chinese.
export function preferredLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  const browser = globalThis.navigator?.languages ?? [];
  for (const tag of browser) {
    if (tag.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}
