import i18next, { type i18n } from 'i18next';
import { CATALOGS, SUPPORTED_LOCALES, type MessageKey, type MessageLocale } from './catalog.js';

// Thing names interpolated into sentences ("The {{what}} was not found") are translated too.
const NOUNS: Record<MessageLocale, Record<string, string>> = {
  en: {},
  'zh-CN': { user: '用户', board: '版块', thread: '主题', post: '帖子', rule: '规则', session: '会话', article: '文章' },
};

let instance: i18n | undefined;

function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    // initAsync is not needed: resources are inline, so init completes synchronously.
    void instance.init({
      resources: Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, { translation: CATALOGS[l] }])),
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...SUPPORTED_LOCALES],
      interpolation: { escapeValue: false },
      initAsync: false,
      showSupportNotice: false,
    } as Parameters<i18n['init']>[0]);
  }
  return instance;
}

export function messageLocale(locale: string | undefined | null): MessageLocale {
  if (locale && locale.toLowerCase().startsWith('zh')) return 'zh-CN';
  return 'en';
}

export function translate(locale: string | undefined | null, key: MessageKey, params: Record<string, unknown> = {}): string {
  const lng = messageLocale(locale);
  const localized = { ...params };
  if (typeof params.what === 'string') localized.what = NOUNS[lng][params.what] ?? params.what;
  return translator().t(key, { ...localized, lng }) as string;
}
