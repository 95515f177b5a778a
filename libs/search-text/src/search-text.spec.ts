import { describe, expect, it } from 'vitest';
import { indexText, searchTerms, snippet } from './index.js';

describe('search terms', () => {
  it('segments Chinese for search, and splits Latin words and numbers out of mixed text', () => {
    expect(searchTerms('提币一直在审核中')).toEqual(expect.arrayContaining(['提币', '审核']));
    expect(searchTerms('身份验证')).toEqual(expect.arrayContaining(['身份', '验证', '身份验证']));
    expect(searchTerms('USDT提币')).toEqual(['usdt', '提币']);
    expect(searchTerms('API 签名错误')).toEqual(expect.arrayContaining(['api', '签名', '错误']));
    expect(searchTerms('My withdrawals, have been pending!')).toEqual(['my', 'withdrawals', 'have', 'been', 'pending']);
    expect(indexText('，。!? ')).toBe('');
  });
});

describe('snippets', () => {
  it('marks the matched words in the original text, with no spaces added between Chinese words', () => {
    expect(snippet('我的USDT提币一直在审核中，已经两天了', ['提币', '审核'])).toBe(
      '我的USDT<mark>提币</mark>一直在<mark>审核</mark>中，已经两天了',
    );
  });

  it('marks a Latin word from its stem, and escapes everything else', () => {
    expect(snippet('My <b>withdrawals</b> have been pending', ['withdraw', 'pend'])).toBe(
      'My &lt;b&gt;<mark>withdrawals</mark>&lt;/b&gt; have been <mark>pending</mark>',
    );
    expect(snippet('Unpending is not a match', ['pend'])).toBe('Unpending is not a match');
  });

  it('cuts a long text around the first match', () => {
    const text = `${'a'.repeat(300)} the TXID is here ${'b'.repeat(300)}`;
    const html = snippet(text, ['txid'], 80);
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>TXID</mark>');
  });
});
