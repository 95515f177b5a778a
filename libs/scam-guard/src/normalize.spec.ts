import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { kinds, scanAs } from './__tests__/helpers.js';

describe('normalize', () => {
  it('maps full-width letters and digits to ASCII', () => {
    expect(normalize('加ＶＸ：ｏｋｘ９９６').text).toBe('加vx:okx996');
  });

  it('removes zero-width and bidi control characters', () => {
    expect(normalize('What\u200bs\u200dApp \u202eok\u2066x').text).toBe('whatsapp okx');
  });

  it('folds confusable letters from other scripts', () => {
    expect(normalize('Теlеgrаm').text).toBe('telegram');
  });

  it('folds squared and negative circled letters', () => {
    expect(normalize('🅣🅔🅛🅔🅖🅡🅐🅜 🆃🅶').text).toBe('telegram tg');
  });

  it('rejoins letters split by spaces, dots or emoji', () => {
    expect(normalize('W h a t s A p p').text).toBe('whatsapp');
    expect(normalize('t.e.l.e.g.r.a.m').text).toBe('telegram');
    expect(normalize('V❤️X：abc').text).toBe('vx:abc');
    expect(normalize('微 信').text).toBe('微信');
  });

  it('leaves ordinary text alone', () => {
    expect(normalize('I am a user. TRC20 和 ERC20').text).toBe('i am a user. trc20 和 erc20');
  });

  it('keeps a map back to the original text', () => {
    const n = normalize('Add me on W h a t s A p p now');
    const start = n.text.indexOf('whatsapp');
    expect(n.original(start, start + 'whatsapp'.length)).toBe('W h a t s A p p');
  });
});

describe('obfuscated keywords are still found', () => {
  it.each([
    ['spaced letters', 'Official support, message us on W h a t s A p p: +44 7700 900123'],
    ['zero-width', 'Contact me directly: What\u200bsApp +1 555 0163'],
    ['digits for letters', 'Add me on Wh4tsApp +1 555 0163 to fix it'],
    ['Cyrillic letters', 'Add me on Теlеgrаm: @fix_desk_01 to fix it'],
    ['split Chinese word', '联系专员，微 信：fix-vip668，秒处理'],
    ['emoji between letters', 'V❤X：okx888 拉你进群'],
  ])('%s', (_name, text) => {
    expect(kinds(scanAs(text))).toContain('CONTACT_SOLICITATION');
  });

  it('folds Traditional Chinese to Simplified in the keyword view, keeping offsets', () => {
    const n = normalize('請聯繫客服電報');
    expect(n.text).toBe('请联系客服电报');
    expect(n.original(5, 7)).toBe('電報');
  });
});
