import { en } from './en.js';
import { zhCN } from './zh-cn.js';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Catalog = Shape<typeof en>;
export type MessageKey = Leaves<typeof en>;

export const SUPPORTED_LOCALES = ['en', 'zh-CN'] as const;
export type MessageLocale = (typeof SUPPORTED_LOCALES)[number];

export const CATALOGS: Record<MessageLocale, Catalog> = { en, 'zh-CN': zhCN };
