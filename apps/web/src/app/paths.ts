import type { Language } from '../lib/i18n/languages';

// Every URL of the client is built here. Boards are addressed by their topic key, which the
// boards of every language share, so the same path in the other language is the sibling board.
export const paths = {
  home: (lang: Language) => `/${lang}`,
  board: (lang: Language, topicKey: string) => `/${lang}/b/${encodeURIComponent(topicKey)}`,
  newThread: (lang: Language, topicKey: string) => `/${lang}/b/${encodeURIComponent(topicKey)}/new`,
  thread: (lang: Language, id: string) => `/${lang}/t/${encodeURIComponent(id)}`,
  signIn: (lang: Language) => `/${lang}/signin`,
  signUp: (lang: Language) => `/${lang}/signup`,
  verifyStaff: (lang: Language, handle?: string) => `/${lang}/verify${handle ? `?handle=${encodeURIComponent(handle)}` : ''}`,
  staffQueue: (lang: Language) => `/${lang}/staff`,
  profile: (lang: Language) => `/${lang}/profile`,
  reviewQueue: (lang: Language) => `/${lang}/moderation`,
  moderationLog: (lang: Language) => `/${lang}/moderation/log`,
  admin: (lang: Language) => `/${lang}/admin`,
};

// The current URL with its language replaced.
export function switchLanguage(pathname: string, lang: Language): string {
  const rest = pathname.replace(/^\/(zh-CN|en)(?=\/|$)/, '');
  return `/${lang}${rest}`;
}
