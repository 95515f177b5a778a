import { describe, expect, it } from 'vitest';
import { DEMO_BRAND } from './brand.js';
import { corpusPath, readJsonl } from './corpus-files.js';
import { classifyHost, isLookalikeDomain } from './lookalike.js';

describe('classifyHost', () => {
  it.each(['okx.com', 'WWW.OKX.COM', 'okx.com.', 'ｏｋｘ．ｃｏｍ', 'www.okx。com', 'my.okx.com'])('treats %s as official', (host) => {
    expect(classifyHost(host, DEMO_BRAND)?.class).toBe('official');
  });

  it.each([
    ['окх.com', 'homoglyph'],
    ['xn--j1ahw.com', 'homoglyph'],
    ['0kx.com', 'homoglyph'],
    ['www.оkx.com', 'homoglyph'],
    ['okx.trade', 'brand_label'],
    ['okx-support.xyz', 'combosquat'],
    ['us-okx.com', 'combosquat'],
    ['okexpro.icu', 'combosquat'],
    ['okx.com.verify-login.io', 'brand_as_subdomain'],
    ['okx.com-security.top', 'brand_as_subdomain'],
    ['okx-wallet-sync.pages.dev', 'free_hosting_subdomain'],
    ['ok-x.com', 'typosquat'],
    ['okkx.com', 'typosquat'],
    ['oxk.com', 'typosquat'],
  ])('flags %s as a lookalike (%s)', (host, technique) => {
    expect(isLookalikeDomain(host, DEMO_BRAND)).toBe(technique);
  });

  // Edit distance ≤ 2 from "okx" alone would flag all of these.
  it.each(['box.com', 'fox.com', 'okta.com', 'ox.ac.uk', 'okcoin.com', 'bookx.com', 'pages.dev', 't.me'])(
    'does not flag the unrelated %s',
    (host) => {
      expect(classifyHost(host, DEMO_BRAND)?.class).toBe('external');
    },
  );

  it('classifies every line of the lookalike development list correctly', () => {
    const wrong = readJsonl<{ domain: string; label: string }>(corpusPath('lookalikes-dev.jsonl')).filter(({ domain, label }) => {
      const verdict = classifyHost(domain, DEMO_BRAND)?.class;
      return (label === 'phishing') !== (verdict === 'lookalike') || (label === 'official') !== (verdict === 'official');
    });
    expect(wrong).toEqual([]);
  });

  it('catches the brand glued after a lure word and letters swapped inside a combined name', () => {
    for (const host of ['secureokx.com', 'loginokx.net', 'kox-support.com', 'oxk-support.help']) {
      expect(isLookalikeDomain(host, DEMO_BRAND), host).not.toBeNull();
    }
  });

  it('leaves words that end in the letters of the brand, and unrelated combined names, alone', () => {
    for (const host of ['bookx.com', 'box-office.com', 'fox-news.com', 'xbox.com']) {
      expect(isLookalikeDomain(host, DEMO_BRAND), host).toBeNull();
    }
  });
});
