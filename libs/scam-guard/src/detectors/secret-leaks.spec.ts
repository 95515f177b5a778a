import { generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as chinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { describe, expect, it } from 'vitest';
import { kinds, scanAs } from '../__tests__/helpers.js';
import { checksumValid } from './seed-phrase.js';

const HEX = '6ec56adcdffdea03b30b1ce5d5c8b574f8a1c7fecae6a0ae0348f92c1409fba1';

describe('secret leaks', () => {
  it('validates checksums as @scure/bip39 does', () => {
    for (const strength of [128, 160, 192, 224, 256]) {
      const phrase = generateMnemonic(english, strength);
      const indices = phrase.split(' ').map((w) => english.indexOf(w));
      expect(checksumValid(indices)).toBe(true);
      const broken = [...indices.slice(0, -1), (indices[indices.length - 1] + 1) % 2048];
      const brokenPhrase = broken.map((i) => english[i]).join(' ');
      expect(checksumValid(broken)).toBe(validateMnemonic(brokenPhrase, english));
    }
  });

  it('blocks an English recovery phrase and masks it in the evidence', () => {
    const phrase = generateMnemonic(english);
    const result = scanAs(`Help! My wallet is empty, here are my words: ${phrase}`);
    expect(result.action).toBe('BLOCK');
    const leak = result.signals.find((s) => s.kind === 'SECRET_LEAK');
    expect(leak?.evidence).not.toContain(phrase);
  });

  it('blocks a spaced Chinese recovery phrase', () => {
    const phrase = generateMnemonic(chinese).split('').join('');
    expect(scanAs(`这是我的助记词：${phrase}，有大佬帮忙看看吗`).action).toBe('BLOCK');
  });

  it('blocks a 64-hex string introduced as a private key', () => {
    expect(scanAs(`Why is the balance empty? private key: ${HEX}`).action).toBe('BLOCK');
    expect(scanAs(`私钥：${HEX}，是不是链选错了？`).action).toBe('BLOCK');
  });

  it('does not treat a transaction hash as a key', () => {
    expect(kinds(scanAs(`Pending for 3 hours. TXID ${HEX}. What should I do?`))).toEqual([]);
    expect(kinds(scanAs(`Etherscan says success for 0x${HEX}?`))).toEqual([]);
  });

  it('blocks an extended private key whatever the context', () => {
    const xprv = 'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi';
    expect(scanAs(`backup: ${xprv}`).action).toBe('BLOCK');
  });

  it('leaves ordinary English prose alone', () => {
    expect(kinds(scanAs('I moved my long-term holdings to a hardware wallet and only trade small amounts now.'))).toEqual([]);
  });

  describe('keys pasted without the words "private key"', () => {
    const SOL_SECRET = 'WXm6qFrH9PRTHQQfRL1GQjntEuxsB7tu1cr3ymwqRitirCmsgXq1jRGYFNdaPJHBk6tcMbpCw9wAHYGCde5FM41';

    it('blocks a 64-hex key introduced as an export, a "pk" or 这一串, and says to move the funds', () => {
      const en = scanAs(`this is what i exported from my wallet: ${HEX} can someone check it`);
      expect(en.action).toBe('BLOCK');
      expect(en.signals[0].message).toMatch(/move your funds to a new wallet/);
      expect(scanAs(`pk for the old one is 0x${HEX}, balance shows 0`).action).toBe('BLOCK');
      const zh = scanAs(`换手机了，这一串是从钱包导出来的 ${HEX} 帮我看看`, { locale: 'zh-CN' });
      expect(zh.action).toBe('BLOCK');
      expect(zh.signals[0].message).toMatch(/转到新钱包/);
    });

    it('blocks a base58 Solana secret key (64 bytes) in both languages', () => {
      expect(scanAs(`Phantom -> Show secret key gave me ${SOL_SECRET}, balance vanished`).action).toBe('BLOCK');
      expect(scanAs(`我的 sol 钱包秘钥 ${SOL_SECRET} 为什么兑换失败`, { locale: 'zh-CN' }).action).toBe('BLOCK');
    });

    it('allows the same strings as transaction hashes and signatures', () => {
      expect(scanAs(`TXID of my deposit is ${HEX}, 30 confirmations but not credited`).action).toBe('ALLOW');
      expect(scanAs(`充值的交易哈希是 ${HEX}，还没到账`, { locale: 'zh-CN' }).action).toBe('ALLOW');
      expect(scanAs(`the transaction signature on solscan is ${SOL_SECRET}, it says finalized`).action).toBe('ALLOW');
      expect(scanAs(`链上签名 ${SOL_SECRET} 显示成功了`, { locale: 'zh-CN' }).action).toBe('ALLOW');
    });

    it('ignores 86-88 character base58 strings that are not 64 bytes', () => {
      expect(kinds(scanAs(`wallet ${'z'.repeat(88)}`))).not.toContain('SECRET_LEAK');
    });
  });
});
