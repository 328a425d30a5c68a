import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecord, mergeSet, sameValue } from '../../../shared/domain/merge';

interface Doc {
  title: string;
  body: string;
  mood: number | null;
  tags: string[];
  answers: Record<string, string>;
  deleted: 0 | 1;
}

const base: Doc = {
  title: 'T',
  body: 'B',
  mood: null,
  tags: ['a', 'b'],
  answers: { p1: 'one', p2: 'two' },
  deleted: 0,
};
const options = {
  nested: ['answers'],
  sets: ['tags'],
  keepTheirs: ['deleted'],
} as const;

describe('three-way record merge', () => {
  it('takes what each side changed, field by field', () => {
    const mine = { ...base, body: 'B and more' };
    const theirs = { ...base, mood: 4 };
    const { merged, conflicts, fromTheirs } = mergeRecord(base, mine, theirs, options);
    expect(merged).toEqual({ ...base, body: 'B and more', mood: 4 });
    expect(conflicts).toEqual([]);
    expect(fromTheirs).toEqual(['mood']);
  });

  it('reports a field both changed differently, keeping mine and naming theirs', () => {
    const { merged, conflicts } = mergeRecord(
      base,
      { ...base, body: 'mine' },
      { ...base, body: 'theirs' },
      options,
    );
    expect(merged.body).toBe('mine');
    expect(conflicts).toEqual([{ path: 'body', base: 'B', mine: 'mine', theirs: 'theirs' }]);
  });

  it('is not a conflict when both made the same change', () => {
    const { conflicts } = mergeRecord(base, { ...base, body: 'x' }, { ...base, body: 'x' });
    expect(conflicts).toEqual([]);
  });

  it('merges answers key by key', () => {
    const { merged, conflicts } = mergeRecord(
      base,
      { ...base, answers: { p1: 'one!', p2: 'two', p3: 'new' } },
      { ...base, answers: { p1: 'one', p2: 'two?' } },
      options,
    );
    expect(merged.answers).toEqual({ p1: 'one!', p2: 'two?', p3: 'new' });
    expect(conflicts).toEqual([]);
    const clash = mergeRecord(
      base,
      { ...base, answers: { ...base.answers, p1: 'x' } },
      { ...base, answers: { ...base.answers, p1: 'y' } },
      options,
    );
    expect(clash.conflicts).toEqual([{ path: 'answers.p1', base: 'one', mine: 'x', theirs: 'y' }]);
  });

  it('merges sets: an unlink made elsewhere stays, an addition here is kept', () => {
    const { merged } = mergeRecord(
      base,
      { ...base, tags: ['a', 'b', 'c'] },
      { ...base, tags: ['a'] },
      options,
    );
    expect(merged.tags).toEqual(['a', 'c']);
  });

  it('never takes keepTheirs fields from mine (a draft cannot un-trash)', () => {
    const { merged } = mergeRecord(
      base,
      { ...base, body: 'typed' },
      { ...base, deleted: 1 },
      options,
    );
    expect(merged.deleted).toBe(1);
    expect(merged.body).toBe('typed');
  });

  it('properties: no side’s change is lost, and merging with no change elsewhere is mine', () => {
    const side = fc.record({
      title: fc.constantFrom('T', 'x', 'y'),
      body: fc.constantFrom('B', 'p', 'q'),
      mood: fc.constantFrom(null, 1, 2),
    });
    fc.assert(
      fc.property(side, side, (m, t) => {
        const b: { title: string; body: string; mood: number | null } = {
          title: 'T',
          body: 'B',
          mood: null,
        };
        const mine = { ...b, ...m };
        const theirs = { ...b, ...t };
        const { merged, conflicts } = mergeRecord(b, mine, theirs);
        for (const key of ['title', 'body', 'mood'] as const) {
          const conflicted = conflicts.some((c) => c.path === key);
          if (!sameValue(mine[key], b[key])) expect(merged[key]).toEqual(mine[key]);
          else expect(merged[key]).toEqual(theirs[key]);
          // Every value that is not in the result is reported.
          if (!sameValue(merged[key], theirs[key]) && !sameValue(theirs[key], b[key]))
            expect(conflicted).toBe(true);
        }
        expect(mergeRecord(b, mine, b).merged).toEqual(mine);
      }),
    );
  });

  it('mergeSet keeps stored order, adds mine, drops what either removed', () => {
    expect(mergeSet(['a', 'b', 'c'], ['a', 'c', 'd'], ['c', 'b', 'a', 'e'])).toEqual([
      'c',
      'a',
      'e',
      'd',
    ]);
  });
});
