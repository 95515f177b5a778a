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
    const xprv =
      'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi';
    expect(scanAs(`backup: ${xprv}`).action).toBe('BLOCK');
  });

  it('leaves ordinary English prose alone', () => {
    expect(kinds(scanAs('I moved my long-term holdings to a hardware wallet and only trade small amounts now.'))).toEqual([]);
  });
});
