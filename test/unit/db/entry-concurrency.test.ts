import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import {
  getEntry,
  newEntry,
  restoreEntryVersion,
  saveEntry,
  trashEntry,
} from '../../../renderer/src/db/repo/entries';
import {
  entryVersions,
  KEEP_DAYS,
  KEEP_VERSIONS,
  SESSION_PAUSE_MS,
} from '../../../renderer/src/db/repo/entryHistory';
import { createObjective, trashObjective } from '../../../renderer/src/db/repo/objectives';
import type { Entry } from '../../../shared/domain/records';
import { resetDatabase } from '../../support/db';

beforeEach(resetDatabase);

const T0 = Date.parse('2026-11-01T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

async function stored(draft: Entry, now = at(0)): Promise<Entry> {
  const outcome = await saveEntry(draft, { now });
  if (!outcome.saved) throw new Error('expected a save');
  return outcome.entry;
}

describe('saving from an older revision (two windows, a log replay)', () => {
  it('keeps fields changed elsewhere that this editor did not touch', async () => {
    const base = await stored({ ...newEntry('note'), title: 'T', body: 'one' });
    // Window B sets the mood; window A, opened before, goes on typing.
    await saveEntry({ ...base, mood: 4 }, { base });
    const outcome = await saveEntry({ ...base, body: 'one two' }, { base });
    expect(outcome.saved && outcome.merged).toBe(true);
    const entry = await getEntry(base.id);
    expect(entry?.body).toBe('one two');
    expect(entry?.mood).toBe(4);
    expect(outcome.saved && outcome.conflicts).toEqual([]);
  });

  it('never un-trashes an entry', async () => {
    const base = await stored({ ...newEntry('note'), body: 'draft' });
    await trashEntry(base.id);
    await saveEntry({ ...base, body: 'draft, typed on' }, { base });
    const entry = await getEntry(base.id);
    expect(entry?.deleted).toBe(1);
    expect(entry?.body).toBe('draft, typed on');
  });

  it('never undoes an objective unlink made meanwhile', async () => {
    const objective = await createObjective({
      title: 'Speak up',
      why: '',
      orgGoal: '',
      smart: { specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' },
      targetDate: null,
      tags: [],
    });
    const base = await stored({ ...newEntry('note'), body: 'x', objectiveIds: [objective.id] });
    await trashObjective(objective.id);
    await saveEntry({ ...base, body: 'x y' }, { base });
    expect((await getEntry(base.id))?.objectiveIds).toEqual([]);
  });

  it('a draft with no stated base cannot undo stored changes either', async () => {
    const first = await stored({ ...newEntry('note'), body: 'x', tags: ['a'] });
    await trashEntry(first.id);
    // An old-format log record: the draft as it was, no base.
    await saveEntry({ ...first, body: 'x', tags: [] });
    const entry = await getEntry(first.id);
    expect(entry?.deleted).toBe(1);
    expect(entry?.tags).toEqual(['a']);
  });

  it('when both changed the same text, keeps this one and puts the other in the history', async () => {
    const base = await stored({ ...newEntry('note'), body: 'shared start' });
    await saveEntry({ ...base, body: 'shared start, from window B' }, { base });
    const outcome = await saveEntry({ ...base, body: 'shared start, from window A' }, { base });
    if (!outcome.saved) throw new Error('expected a save');
    expect(outcome.conflicts).toHaveLength(1);
    expect(outcome.conflicts[0]!.path).toBe('body');
    expect((await getEntry(base.id))?.body).toBe('shared start, from window A');
    const versions = await entryVersions(base.id);
    expect(versions.find((v) => v.id === outcome.conflicts[0]!.versionId)?.body).toBe(
      'shared start, from window B',
    );
    expect(versions.find((v) => v.reason === 'conflict')).toBeDefined();
  });

  it('merges prompt answers key by key', async () => {
    const base = await stored({ ...newEntry('aar'), answers: { expected: 'a', happened: 'b' } });
    await saveEntry({ ...base, answers: { ...base.answers, happened: 'b!' } }, { base });
    await saveEntry({ ...base, answers: { ...base.answers, expected: 'a!' } }, { base });
    expect((await getEntry(base.id))?.answers).toEqual({ expected: 'a!', happened: 'b!' });
  });
});

describe('entry history', () => {
  it('keeps one version per typing session, not one per keystroke', async () => {
    let entry = await stored({ ...newEntry('note'), body: 'a' });
    for (let i = 1; i <= 20; i++) {
      const outcome = await saveEntry(
        { ...entry, body: `${entry.body}b` },
        { base: entry, now: at(i * 1000) },
      );
      if (!outcome.saved) throw new Error('expected a save');
      entry = outcome.entry;
    }
    expect(await entryVersions(entry.id)).toEqual([]);
    // A pause, then more typing: the text before the pause is one version.
    const later = at(20_000 + SESSION_PAUSE_MS);
    await saveEntry({ ...entry, body: `${entry.body} more` }, { base: entry, now: later });
    const versions = await entryVersions(entry.id);
    expect(versions.map((v) => v.body)).toEqual([`a${'b'.repeat(20)}`]);
  });

  it('caps the history: the newest 50 or the last 90 days, whichever keeps more', async () => {
    let entry = await stored({ ...newEntry('note'), body: 'v0' });
    const step = 2 * 86_400_000; // One session every two days: 120 sessions over 240 days.
    for (let i = 1; i <= 120; i++) {
      const outcome = await saveEntry(
        { ...entry, body: `v${i}` },
        { base: entry, now: at(i * step) },
      );
      if (!outcome.saved) throw new Error('expected a save');
      entry = outcome.entry;
    }
    const versions = await entryVersions(entry.id);
    const now = T0 + 120 * step;
    const young = versions.filter((v) => now - Date.parse(v.replacedAt) < KEEP_DAYS * 86_400_000);
    expect(young.length).toBeLessThan(versions.length + 1);
    expect(versions.length).toBe(Math.max(KEEP_VERSIONS, young.length));
    expect(versions[0]!.body).toBe('v119');
  });

  it('restores a version; the current text becomes a version itself', async () => {
    const first = await stored({ ...newEntry('note'), title: 'Day', body: 'before' });
    const second = await saveEntry(
      { ...first, body: 'after' },
      { base: first, now: at(SESSION_PAUSE_MS) },
    );
    if (!second.saved) throw new Error('expected a save');
    const [older] = await entryVersions(first.id);
    await restoreEntryVersion(older!.id);
    expect((await getEntry(first.id))?.body).toBe('before');
    const versions = await entryVersions(first.id);
    expect(versions[0]).toMatchObject({ reason: 'restore', body: 'after' });
  });

  it('a tab still holding the text from before a restore merges, and keeps both', async () => {
    const first = await stored({ ...newEntry('note'), body: 'before' });
    const second = await saveEntry(
      { ...first, body: 'after' },
      { base: first, now: at(SESSION_PAUSE_MS) },
    );
    if (!second.saved) throw new Error('expected a save');
    const [older] = await entryVersions(first.id);
    await restoreEntryVersion(older!.id);
    // The other tab typed on from "after" and saves.
    const outcome = await saveEntry(
      { ...second.entry, body: 'after, and more' },
      { base: second.entry },
    );
    if (!outcome.saved) throw new Error('expected a save');
    expect(outcome.conflicts.map((c) => c.path)).toEqual(['body']);
    const bodies = (await entryVersions(first.id)).map((v) => v.body);
    expect(bodies).toContain('before');
    expect((await getEntry(first.id))?.body).toBe('after, and more');
  });

  it('is refused for an entry in the trash, and changes nothing', async () => {
    const first = await stored({ ...newEntry('note'), body: 'before' });
    await saveEntry({ ...first, body: 'after' }, { base: first, now: at(SESSION_PAUSE_MS) });
    const [older] = await entryVersions(first.id);
    await trashEntry(first.id);
    const before = await db.entries.get(first.id);
    await expect(restoreEntryVersion(older!.id)).rejects.toThrow(/not a version/);
    expect(await db.entries.get(first.id)).toEqual(before);
  });
});
