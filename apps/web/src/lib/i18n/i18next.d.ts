import type account from '../../locales/en/account.json';
import type auth from '../../locales/en/auth.json';
import type boards from '../../locales/en/boards.json';
import type common from '../../locales/en/common.json';
import type composer from '../../locales/en/composer.json';
import type admin from '../../locales/en/admin.json';
import type errors from '../../locales/en/errors.json';
import type moderation from '../../locales/en/moderation.json';
import type staff from '../../locales/en/staff.json';
import type threads from '../../locales/en/threads.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      errors: typeof errors;
      boards: typeof boards;
      threads: typeof threads;
      auth: typeof auth;
      composer: typeof composer;
      staff: typeof staff;
      account: typeof account;
      moderation: typeof moderation;
      admin: typeof admin;
    };
  }
}
