import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonItems } from '../../../shared/formats/canonical-json';

/** The original definition: every object copied with its keys sorted. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort())
      sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

describe('canonicalJson', () => {
  it('gives exactly the text of sorting every object, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts keys inserted out of order, nested and integer-like ones included', () => {
    const value = { b: 1, a: { d: [{ z: 1, y: 2 }], c: null }, 10: 'x', 9: 'y', é: 1, Z: 0 };
    expect(canonicalJson(value)).toBe(reference(value));
    expect(canonicalJson({ when: new Date(0), a: 1 })).toBe(
      '{"a":1,"when":"1970-01-01T00:00:00.000Z"}',
    );
  });

  it('takes the direct path for records already in order, with the same result', () => {
    const sorted = JSON.parse(reference({ title: 't', answers: { q2: 'b', q1: 'a' }, id: 'x' }));
    expect(canonicalJson(sorted)).toBe(JSON.stringify(sorted));
    expect(canonicalJson(sorted)).toBe(reference(sorted));
  });
});

describe('canonicalJsonItems', () => {
  it('gives the items of the sorted array, for any list of JSON values', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), (values) => {
        const expected = reference(values).slice(1, -1);
        expect(canonicalJsonItems(values)).toBe(expected);
        expect(canonicalJsonItems(values)).toBe(values.map((v) => canonicalJson(v)).join(','));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts records out of order beside ones in order, and handles what is not plain data', () => {
    const values = [
      { b: 1, a: [{ d: 1, c: 2 }] },
      { a: 1, b: 2 },
      { z: new Date(0), y: 1 },
    ];
    expect(canonicalJsonItems(values)).toBe(reference(values).slice(1, -1));
    expect(canonicalJsonItems([])).toBe('');
  });
});
