import fc from 'fast-check';
import { canonicalJson } from '../../src/domain/json/canonicalJson';

/** The same object with its keys inserted in reverse order, at every level. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys so property order does not matter', () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson({ a: 2, b: 1 })).toBe(canonicalJson({ b: 1, a: 2 }));
  });

  it('sorts nested objects, including objects inside arrays, and keeps array order', () => {
    const value = { z: [{ y: 1, x: [3, 2, 1] }, 'two'], a: { d: null, c: { f: true, e: false } } };
    expect(canonicalJson(value)).toBe('{"a":{"c":{"e":false,"f":true},"d":null},"z":[{"x":[3,2,1],"y":1},"two"]}');
  });

  it('sorts by code unit, not by locale', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, é: 4, _: 5 })).toBe('{"B":2,"_":5,"a":3,"b":1,"é":4}');
  });

  it('drops undefined properties and writes undefined array entries as null, like JSON.stringify', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson({ audience: undefined })).toBe('{}');
    expect(canonicalJson([1, undefined, 3])).toBe('[1,null,3]');
    expect(canonicalJson({ a: undefined, b: 1 })).toBe(canonicalJson({ b: 1 }));
  });

  it('writes primitives and escapes strings as JSON does', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson('a "quoted"\nline')).toBe(JSON.stringify('a "quoted"\nline'));
    expect(canonicalJson(0.5)).toBe('0.5');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson({ 'key "x"': 1 })).toBe('{"key \\"x\\"":1}');
  });

  it('refuses NaN and Infinity anywhere, rather than writing null', () => {
    expect(() => canonicalJson(NaN)).toThrow(/NaN or Infinity/);
    expect(() => canonicalJson({ a: { b: [1, Infinity] } })).toThrow(/NaN or Infinity/);
    expect(() => canonicalJson({ order: -Infinity })).toThrow(/NaN or Infinity/);
  });

  it('gives the same text whatever the key order, for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), value => {
      expect(canonicalJson(reverseKeys(value))).toBe(canonicalJson(value));
    }));
  });

  it('is valid JSON that reads back to the same canonical text', () => {
    fc.assert(fc.property(fc.jsonValue(), value => {
      const text = canonicalJson(value);
      expect(canonicalJson(JSON.parse(text))).toBe(text);
      expect(text).not.toMatch(/\n/);
    }));
  });
});
