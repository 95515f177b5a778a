// @vitest-environment node
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/errors.json';
import zhCN from '../../../locales/zh-CN/errors.json';
import { ERROR_MESSAGES } from '../errorMessages';

// Every code the API can answer in extensions.code, read from the API's own lists. The modules
// are loaded by a computed path so that the client's type check does not compile the API.
const api = (path: string) => import(/* @vite-ignore */ new URL(`../../../../../api/src/${path}`, import.meta.url).href);
const { ERROR_CODES } = (await api('common/domain-error.ts')) as { ERROR_CODES: readonly string[] };
const { PROTOCOL_ERROR_CODES } = (await api('graphql/protocol-errors.ts')) as { PROTOCOL_ERROR_CODES: readonly string[] };
const API_CODES = [...ERROR_CODES, ...PROTOCOL_ERROR_CODES, 'INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE'];

describe('error code messages', () => {
  it.each(API_CODES)('%s has a message key', (code) => {
    expect(ERROR_MESSAGES).toHaveProperty(code);
  });

  it.each(Object.entries(ERROR_MESSAGES))('%s is translated in en and zh-CN', (_code, key) => {
    expect((en as Record<string, string>)[key], 'en').toBeTruthy();
    expect((zhCN as Record<string, string>)[key], 'zh-CN').toBeTruthy();
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });
});
