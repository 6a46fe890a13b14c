import fc from 'fast-check';
import { sha256Hex as pureSha256Hex } from '../../src/domain/hash/sha256';
import { sha256Hex } from '../../src/domain/hash/webCryptoSha256';

describe('sha256Hex over Web Crypto', () => {
  it('matches the NIST test vectors (FIPS 180-2 examples)', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(await sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  }, 30_000);

  it('gives the same hash as the pure TypeScript version at the padding boundaries', async () => {
    for (const length of [0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129]) {
      const text = 'a'.repeat(length);
      expect(await sha256Hex(text)).toBe(pureSha256Hex(text));
    }
  });

  it('gives the same hash as the pure TypeScript version for any string, lone surrogates included', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 })), async text => {
      expect(await sha256Hex(text)).toBe(pureSha256Hex(text));
    }), { numRuns: 300 });
  }, 30_000);
});
