import { createHash } from 'crypto';
import fc from 'fast-check';
import { sha256Hex } from '../../src/domain/hash/sha256';

function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('sha256Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it.each([0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129])('matches Node for %i ASCII bytes (padding boundaries)', length => {
    const text = 'a'.repeat(length);
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it('hashes the UTF-8 bytes of multi-byte characters, across block boundaries', () => {
    const samples = [
      'é', 'café', 'Croeso i’r ysgol', '日本語のテキスト', '😀', '👨‍👩‍👧', '{{SchoolName}} — “quoted”',
      'é'.repeat(28), // 56 bytes
      'x' + '€'.repeat(18), // 55 bytes
      '😀'.repeat(16), // 64 bytes
      '\u0000\u0001\n\t'
    ];
    for (const text of samples) expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it('hashes a lone surrogate as U+FFFD, as Node does', () => {
    expect(sha256Hex('\uD800')).toBe(nodeSha256('\uFFFD'));
    expect(sha256Hex('a\uDC00b')).toBe(nodeSha256('a\uDC00b'));
  });

  it('matches Node on a 100 KB text', () => {
    const text = Array.from({ length: 100 * 1024 }, (_, i) => String.fromCharCode(32 + (i * 7) % 95)).join('');
    expect(text.length).toBe(102400);
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it('always gives 64 lower-case hex characters', () => {
    expect(sha256Hex('The policy.')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('matches Node for any unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), text => {
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }), { numRuns: 300 });
  });

  it('matches Node for any printable text of graphemes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), text => {
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }));
  });
});
