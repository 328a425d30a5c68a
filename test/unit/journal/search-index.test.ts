import { beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/records';
import {
  discardIfEmpty,
  emptyTrash,
  getEntry,
  newEntry,
  onEntriesChanged,
  restoreEntry,
  saveEntry,
  trashEntry,
} from '../../../renderer/src/db/repo/entries';
import { EntrySearchIndex } from '../../../renderer/src/search/EntrySearchIndex';
import { NO_FILTERS } from '../../../renderer/src/search/filters';
import { resetDatabase } from '../../support/db';

function entry(patch: Partial<Entry>): Entry {
  return { ...newEntry('note', '2026-01-10'), ...patch };
}

describe('search index', () => {
  let index: EntrySearchIndex;
  beforeEach(() => {
    index = new EntrySearchIndex();
  });

  it('finds by a prefix of a word in the body, ignoring case and diacritics', () => {
    const e = entry({ body: 'Presented the **Résumé** workshop to the team' });
    index.upsert([e]);
    expect(index.search('resu', NO_FILTERS).hits.map((h) => h.meta.id)).toEqual([e.id]);
    expect(index.search('WORKS', NO_FILTERS).hits).toHaveLength(1);
    expect(index.search('zebra', NO_FILTERS).hits).toHaveLength(0);
  });

  it('searches titles, prompt answers and tags too', () => {
    const a = entry({ title: 'Quarterly planning' });
    const b = entry({ answers: { hypothesis: 'Pairing halves review time' } });
    const c = entry({ tags: ['leadership'] });
    index.upsert([a, b, c]);
    expect(index.search('quarter', NO_FILTERS).hits[0]?.meta.id).toBe(a.id);
    expect(index.search('pairing', NO_FILTERS).hits[0]?.meta.id).toBe(b.id);
    expect(index.search('leader', NO_FILTERS).hits[0]?.meta.id).toBe(c.id);
  });

  it('ranks a title match above a passing mention in a body', () => {
    const inBody = entry({ body: 'long day; some notes about delegation among many other things' });
    const inTitle = entry({ title: 'Delegation', body: 'short' });
    index.upsert([inBody, inTitle]);
    expect(index.search('delegation', NO_FILTERS).hits.map((h) => h.meta.id)).toEqual([
      inTitle.id,
      inBody.id,
    ]);
  });

  it('requires every word of a multi-word query', () => {
    const both = entry({ body: 'coaching conversation went well' });
    const one = entry({ body: 'coaching only' });
    index.upsert([both, one]);
    expect(index.search('coach conv', NO_FILTERS).hits.map((h) => h.meta.id)).toEqual([both.id]);
  });

  it('combines with filters', () => {
    const win = entry({ kind: 'win', body: 'shipped the release', mood: 5, tags: ['work'] });
    const note = entry({ kind: 'note', body: 'release notes drafted', date: '2025-05-05' });
    index.upsert([win, note]);
    expect(
      index.search('release', { ...NO_FILTERS, kind: 'win' }).hits.map((h) => h.meta.id),
    ).toEqual([win.id]);
    expect(index.search('release', { ...NO_FILTERS, mood: 5 }).hits).toHaveLength(1);
    expect(index.search('release', { ...NO_FILTERS, tag: 'work' }).hits).toHaveLength(1);
    expect(index.search('release', { ...NO_FILTERS, to: '2025-12-31' }).hits[0]?.meta.id).toBe(
      note.id,
    );
    expect(index.filter({ ...NO_FILTERS, from: '2026-01-01' }).map((m) => m.id)).toEqual([win.id]);
  });

  it('updates incrementally: replace, trash, remove', () => {
    const e = entry({ body: 'first draft about gardening' });
    index.upsert([e]);
    index.upsert([{ ...e, body: 'second draft about cooking' }]);
    expect(index.search('garden', NO_FILTERS).hits).toHaveLength(0);
    expect(index.search('cook', NO_FILTERS).hits).toHaveLength(1);
    index.upsert([{ ...e, deleted: 1 }]);
    expect(index.search('cook', NO_FILTERS).hits).toHaveLength(0);
    index.upsert([e]);
    index.remove([e.id]);
    expect(index.size).toBe(0);
  });

  it('sends only the rows asked for, with how many match in all', () => {
    const many = Array.from({ length: 120 }, (_, i) => entry({ body: `growth note ${i}` }));
    index.upsert(many);
    const answer = index.search('gro', NO_FILTERS, 30);
    expect(answer.hits).toHaveLength(30);
    expect(answer.total).toBe(120);
  });

  it('works out each row: the title and an excerpt around the first match, matches marked', () => {
    const long = entry({
      title: 'Quarterly growth review',
      body: `${'Filler words before it. '.repeat(40)}Then the **mentor** said something useful.`,
    });
    const inAnswer = entry({
      title: '',
      body: 'Nothing relevant here.',
      answers: { hypothesis: 'Pairing with a mentor halves review time' },
    });
    index.upsert([long, inAnswer]);
    const hits = index.search('mentor', NO_FILTERS).hits;
    const row = (id: string) => hits.find((h) => h.meta.id === id)!;
    const marked = (parts: { text: string; match: boolean }[]) =>
      parts.filter((p) => p.match).map((p) => p.text);
    // A long body: the excerpt is the window around the match, not the start, with markup gone.
    expect(row(long.id).excerpt[0]).toEqual({ text: '…', match: false });
    expect(marked(row(long.id).excerpt)).toEqual(['mentor']);
    expect(
      row(long.id)
        .excerpt.map((p) => p.text)
        .join(''),
    ).not.toContain('**');
    expect(
      row(long.id)
        .title.map((p) => p.text)
        .join(''),
    ).toBe('Quarterly growth review');
    // No match in the body: the answer that matches is the excerpt; no title reads 'Untitled'.
    expect(
      row(inAnswer.id)
        .excerpt.map((p) => p.text)
        .join(''),
    ).toBe('Pairing with a mentor halves review time');
    expect(row(inAnswer.id).title).toEqual([{ text: 'Untitled', match: false }]);
    // Title matches are marked too.
    expect(marked(index.search('quarter', NO_FILTERS).hits[0]!.title)).toEqual(['Quarterly']);
  });

  it('forgets every text on clear (as on lock)', () => {
    const e = entry({ title: 'Private', body: 'a private thought about salaries' });
    index.upsert([e], { recent: true });
    index.clear();
    expect(index.size).toBe(0);
    expect(index.recentSize).toBe(0);
    expect(index.search('salar', NO_FILTERS).total).toBe(0);
    expect(index.searchRecent('salar', NO_FILTERS).total).toBe(0);
  });

  it('finds every match among thousands of entries, by prefix', () => {
    // Speed is measured by `npm run bench`, not asserted here; this checks the answer at scale.
    const words = ['growth', 'feedback', 'meeting', 'project', 'learning', 'strategy', 'review'];
    const many = Array.from({ length: 3000 }, (_, i) =>
      entry({ body: `${words[i % 7]} ${words[(i * 3) % 7]} day ${i} notes and thoughts` }),
    );
    index.upsert(many);
    const expected = many.filter((e) => e.body.includes('learning')).length;
    expect(expected).toBeGreaterThan(0);
    expect(index.search('lear', NO_FILTERS, 5_000).hits.length).toBe(expected);
  });
});

describe('repository change feed', () => {
  beforeEach(resetDatabase);

  it('reports ids after save, trash, restore and empty trash commit', async () => {
    const seen: string[][] = [];
    const stop = onEntriesChanged((ids) => seen.push(ids));
    const e = { ...newEntry('note'), body: 'hello' };
    await saveEntry(e);
    await trashEntry(e.id);
    await restoreEntry(e.id);
    await trashEntry(e.id);
    await emptyTrash();
    stop();
    expect(seen).toEqual([[e.id], [e.id], [e.id], [e.id], [e.id]]);
  });
});

describe('empty new entries', () => {
  beforeEach(resetDatabase);

  it('are discarded once erased, while entries with text are kept', async () => {
    const e = { ...newEntry('note'), title: 'x' };
    await saveEntry(e);
    expect(await discardIfEmpty(e.id)).toBe(false);
    await saveEntry({ ...e, title: '' });
    expect(await discardIfEmpty(e.id)).toBe(true);
    expect(await getEntry(e.id)).toBeUndefined();
  });
});
