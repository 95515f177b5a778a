import { describe, expect, it } from 'vitest';
import { kinds, scanAs } from '../__tests__/helpers.js';

describe('contact solicitation', () => {
  it.each([
    ['WhatsApp with a phone number', 'Add me on WhatsApp +1 555 0147'],
    ['a Telegram handle', 'Search him on Telegram @marcus_recovers'],
    ['WeChat slang', '加客服V：okx_cn_2024'],
    ['QQ', 'QQ：2938475610'],
    ['Telegram slang', '飞机联系 @kefu_zhongwen'],
    ['DM me', 'Selling stuff cheap, DM me'],
    ['私聊', '有意私聊。'],
    ['a t.me link', 'Join t.me/vip_signals_free'],
    ['an e-mail to write to', 'Email recovery.desk@protonmail.com'],
  ])('detects %s', (_name, text) => {
    expect(kinds(scanAs(text))).toContain('CONTACT_SOLICITATION');
  });

  it.each([
    ['a past story', '去年被一个冒充客服的加微信骗了 2000U，记住：客服不会主动加你。'],
    ['a DM received', "Got a DM from someone called 'OKX Support' on Telegram asking for my 12 words. This is a scam, right?"],
    ['a negated DM', '官方不会主动私聊你，电报上私聊你的“客服”百分百是骗子。'],
    ['verification channels', 'Can I receive verification codes on WhatsApp instead of SMS?'],
  ])('does not treat %s as a solicitation', (_name, text) => {
    expect(scanAs(text).action).toBe('ALLOW');
  });

  it('treats a branded handle as impersonation', () => {
    expect(kinds(scanAs('Contact our senior agent on Telegram: @OKX_Help_Desk_Official'))).toContain('IMPERSONATION');
  });

  it('damps handles named in a warning', () => {
    expect(scanAs('Beware of fake support accounts on Telegram like @okx_support_real, they are scammers.').action).toBe('ALLOW');
  });
});
