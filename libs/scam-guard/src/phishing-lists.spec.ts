import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { kinds, rulesWith, scanAs } from './__tests__/helpers.js';
import { listVerdict, maintainedPhishingLists, phishingLists } from './phishing-lists.js';
import { ACTION_ORDER } from './types.js';

const lists = maintainedPhishingLists();

describe('maintained phishing lists (eth-phishing-detect, installed package)', () => {
  it('reads the blocklist and the allow-list from the package', () => {
    expect(lists.denied.size).toBeGreaterThan(10_000);
    expect(lists.allowed.size).toBeGreaterThan(1_000);
  });

  // Excluded: names also on the allow-list (the allow-list wins, as in eth-phishing-detect) and
  // names without an ICANN suffix ("com12786312634", "azuki.claim", bare IP addresses), and
  // the two names with an underscore, which the link finder cuts at the underscore (a known gap).
  const linkable = [...lists.denied].filter((d) => !lists.allowed.has(d) && parse(d).isIcann === true && !d.includes('_'));

  it('gives every blocklisted domain posted as a link at least FLAG', () => {
    expect(lists.denied.size - linkable.length).toBeLessThan(20);
    const missed = linkable.filter((domain) => {
      const { action } = scanAs(`new rewards page, go to https://${domain}/claim`);
      return ACTION_ORDER.indexOf(action) < ACTION_ORDER.indexOf('FLAG');
    });
    expect(missed).toEqual([]);
    // Thirteen thousand scans: more than the default 5 s on a busy machine.
  }, 120_000);

  it('holds none of the allow-list for an established account', () => {
    const held = [...lists.allowed].filter((domain) => {
      const { action } = scanAs(`the docs are at https://${domain}/docs`);
      return action === 'HOLD' || action === 'BLOCK';
    });
    expect(held).toEqual([]);
  });

  it('explains the finding in both languages, with the link as evidence', () => {
    const domain = [...lists.denied][0];
    const en = scanAs(`claim here https://${domain}`);
    const zh = scanAs(`在这里领取 https://${domain}`, { locale: 'zh-CN' });
    expect(kinds(en)).toContain('KNOWN_PHISHING_DOMAIN');
    expect(en.signals[0].evidence).toContain(domain);
    expect(en.signals.find((s) => s.kind === 'KNOWN_PHISHING_DOMAIN')?.message).toMatch(/known phishing site/);
    expect(zh.signals.find((s) => s.kind === 'KNOWN_PHISHING_DOMAIN')?.message).toMatch(/钓鱼网站/);
  });

  it('lets a warning that names a listed site through to a moderator, not to a hold', () => {
    const domain = [...lists.denied][1];
    expect(scanAs(`Be careful, ${domain} is a phishing site, never enter your seed there.`).action).toBe('FLAG');
    expect(scanAs(`提醒一下，${domain} 是钓鱼网站，千万别输入助记词。`, { locale: 'zh-CN' }).action).toBe('FLAG');
  });

  it('matches subdomains of a listed domain, and the allow-list wins at the same depth', () => {
    const small = phishingLists('test', ['evil-claim.xyz', 'pages.example.org'], ['good.pages.example.org']);
    expect(listVerdict('app.evil-claim.xyz', small)).toBe('denied');
    expect(listVerdict('good.pages.example.org', small)).toBe('allowed');
    expect(listVerdict('other.pages.example.org', small)).toBe('denied');
    expect(listVerdict('evil-claim.xyz.example.com', small)).toBeNull();
  });

  it("puts the admins' own rules before the maintained lists", () => {
    const domain = [...lists.denied][2];
    const allowedByAdmin = rulesWith([{ kind: 'ALLOWED_DOMAIN', pattern: domain, locale: null, action: 'ALLOW' }]);
    expect(scanAs(`go to https://${domain}`, { rules: allowedByAdmin }).action).toBe('ALLOW');
    const allowedDomain = [...lists.allowed][0];
    const deniedByAdmin = rulesWith([{ kind: 'DENIED_DOMAIN', pattern: allowedDomain, locale: null, action: 'BLOCK' }]);
    expect(scanAs(`go to https://${allowedDomain}`, { rules: deniedByAdmin }).action).toBe('BLOCK');
  });
});
