import type { TFunction } from 'i18next';
import { formatDateTime } from '../../lib/i18n/format';
import type { Language } from '../../lib/i18n/languages';

// The API stores a ban "until lifted" as the year 9999.
export const isForever = (until: string) => new Date(until).getUTCFullYear() >= 9999;

export function banText(t: TFunction<'moderation'>, until: string, lang: Language): string {
  return isForever(until) ? t('item.bannedForever') : t('item.bannedUntil', { when: formatDateTime(until, lang) });
}
