import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8Bytes } from '../../../shared/versions/sha256';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256Hex (pure, shared)', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('matches node:crypto on every length around the 64-byte block and padding boundaries', () => {
    for (let n = 0; n <= 200; n++) {
      const s = 'x'.repeat(n);
      expect(sha256Hex(s), `length ${n}`).toBe(node(s));
    }
  });

  it('matches node:crypto on unicode: accents, right-to-left, CJK, emoji (surrogate pairs), combining marks', () => {
    const samples = ['Zoë Ångström', 'رُوث وتوم', '露丝和汤姆', '👩🏽‍🤝‍👨🏻 kiss on the lips', 'e\u0301', '\u0000\u0001\u007f\u0080\u07ff\u0800\uffff', '𝄞𐍈'];
    for (const s of samples) expect(sha256Hex(s), s).toBe(node(s));
  });

  it('encodes a lone surrogate as U+FFFD, as TextEncoder and node:crypto do', () => {
    expect([...utf8Bytes('a\ud800b')]).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
    expect(sha256Hex('\udc00')).toBe(node('\udc00'));
  });

  it('matches node:crypto on large strings (a big scene version is megabytes)', () => {
    const big = JSON.stringify(Array.from({ length: 40_000 }, (_, i) => ({ i, text: `Beat ${i}: Ruth → Tom, right hand rests on left shoulder blade ✓` })));
    expect(big.length).toBeGreaterThan(2_000_000);
    expect(sha256Hex(big)).toBe(node(big));
  });

  it('matches node:crypto on many random strings of random code points', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let t = 0; t < 300; t++) {
      const len = Math.floor(rand() * 300);
      let s = '';
      for (let i = 0; i < len; i++) s += String.fromCodePoint(Math.floor(rand() * (rand() < 0.8 ? 0x800 : 0x10ffff - 0xe000)) + (rand() < 0.5 ? 0 : 0xe000));
      expect(sha256Hex(s)).toBe(node(s));
    }
  });
});
