import { describe, expect, it } from 'vitest';
import { kinds, scanAs } from '../__tests__/helpers.js';

describe('secret requests', () => {
  it.each([
    'Reply with your seed phrase to validate your wallet for the airdrop.',
    'Please share your private key so our tech team can sync your balance.',
    'Send me the SMS verification code you just received.',
    'To process your refund, reply here with your registered email, login password and the 6-digit Google Authenticator code.',
    '私钥发过来，我帮你找回。',
    '把你的谷歌验证码和资金密码私信给我。',
    '验证钱包需要提供12个助记词。',
    'Install AnyDesk and send me the 9-digit ID.',
  ])('holds "%s"', (text) => {
    const result = scanAs(text);
    expect(kinds(result)).toContain('SECRET_REQUEST');
    expect(result.action).toBe('HOLD');
  });

  it.each([
    'Never give your 12/24 words to anyone. Anyone asking for them is a scammer.',
    'OKX staff will never ask for your password, 2FA codes, SMS codes, private key or seed phrase.',
    '助记词和私钥千万不要发给任何人，谁要都是骗子。',
    'TIL the TXID is public and harmless to share, but a private key must never be shared.',
    'Is it safe to keep my private key in a password manager?',
    'Could someone share a guide on setting up the withdrawal password?',
    '验证码只在 App 里输入，不要发给任何人。',
    '收到一个自称客服的电话，让我下载远程软件，挂了。',
  ])('does not treat "%s" as a request', (text) => {
    expect(kinds(scanAs(text))).not.toContain('SECRET_REQUEST');
  });
});
