import { describe, expect, it } from 'vitest';
import { matchLocale, negotiateLocale } from './locale.js';

const SERVED = ['en', 'zh-CN'];

describe('locale matching', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['ZH-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hant-HK', 'zh-CN'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-gb', 'en'],
    ['fr', null],
    ['not a tag', null],
    ['', null],
  ])('%s → %s', (tag, locale) => {
    expect(matchLocale(tag, SERVED)).toBe(locale);
  });

  it.each([
    ['zh-TW,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['fr-FR,fr;q=0.9,en-US;q=0.8', 'en'],
    ['en-US,zh-CN;q=0.5', 'en'],
    ['fr', undefined],
    ['*', 'en'],
  ])('Accept-Language %s → %s', (header, locale) => {
    expect(negotiateLocale(header, SERVED)).toBe(locale);
  });
});
