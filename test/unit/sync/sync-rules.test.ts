import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { importSyncKey, recordAad, seal } from '../../../shared/sync/crypto';
import { compareStamps } from '../../../shared/sync/hlc';
import { parseSegment } from '../../../shared/sync/engine';
import { conflictVersions } from '../../../renderer/src/db/repo/sync';
import { GroveDatabase } from '../../../renderer/src/db/db';
import { ChaosTransport, rngFrom } from './chaos-transport';
import { FakeTime, Profile, SLOT_IDS, randomKey } from './profiles';

const HOUR = 3_600_000;
const X = SLOT_IDS[0]!;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function world(
  count: number,
  options: { skews?: number[]; segmentMaxChanges?: number } = {},
) {
  const transport = await ChaosTransport.create(count);
  const time = new FakeTime();
  const key = randomKey();
  const profiles = Array.from(
    { length: count },
    (_, i) => new Profile(i, transport.folderFor(i), time, options.skews?.[i] ?? 0),
  );
  const engine = { segmentMaxChanges: options.segmentMaxChanges ?? 1000 };
  expect((await profiles[0]!.setUp(key, engine)).ok).toBe(true);
  await transport.settle();
  for (const p of profiles.slice(1)) expect((await p.setUp(key, engine)).ok).toBe(true);
  const dispose = async () => {
    for (const p of profiles) await p.dispose();
    await transport.dispose();
  };
  cleanups.push(dispose);
  return { transport, time, key, profiles, dispose };
}

async function converge(profiles: Profile[], transport: ChaosTransport) {
  for (let round = 0; round < 3; round++) {
    for (const p of profiles) await p.sync();
    await transport.settle();
  }
  for (const p of profiles) await p.sync();
}

describe('sync rules', () => {
  it('a concurrent edit and deletion give the same winner everywhere (the later clock stamp)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer(),
        async (editDelay, deleteDelay, seed) => {
          const w = await world(3);
          try {
            const [a, b, c] = w.profiles as [Profile, Profile, Profile];
            await a.writeEntry(X, { body: 'first words' });
            await converge(w.profiles, w.transport);
            expect(await c.db.entries.get(X)).toBeDefined();
            // Concurrently: A edits, B deletes for good, neither has seen the other.
            w.time.advance(editDelay);
            await a.writeEntry(X, { body: 'first words, and more' });
            w.time.advance(deleteDelay);
            await b.purgeEntry(X);
            await a.store.settle();
            await b.store.settle();
            const edit = (await a.db.syncStamps.get(`entries/${X}`))!;
            const tomb = (await b.db.syncStamps.get(`entries/${X}`))!;
            await a.sync();
            await b.sync();
            await w.transport.steps(rngFrom(seed), 20);
            await converge(w.profiles, w.transport);
            const editWins = compareStamps(edit, tomb) > 0;
            for (const p of w.profiles) {
              const entry = await p.db.entries.get(X);
              if (editWins) expect(entry?.body).toBe('first words, and more');
              else expect(entry).toBeUndefined();
            }
          } finally {
            cleanups.pop();
            await w.dispose();
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 120_000);

  it('a computer whose clock is hours ahead does not win a later edit made elsewhere', async () => {
    const w = await world(2, { skews: [5 * HOUR, 0] });
    const [fast, slow] = w.profiles as [Profile, Profile];
    await fast.writeEntry(X, { body: 'written on the computer whose clock is 5 hours ahead' });
    await converge(w.profiles, w.transport);
    expect((await slow.db.entries.get(X))?.body).toContain('5 hours ahead');
    // A minute later, on the computer with the right time, the person edits the same entry.
    w.time.advance(60_000);
    await slow.writeEntry(X, { body: 'the later edit, made on the computer with the right time' });
    await converge(w.profiles, w.transport);
    for (const p of w.profiles)
      expect((await p.db.entries.get(X))?.body).toMatch(/^the later edit/);
  });

  it('a concurrent edit on two computers loses no words: the losing text is kept on both', async () => {
    const w = await world(2);
    const [a, b] = w.profiles as [Profile, Profile];
    await a.writeEntry(X, { body: 'Monday: shipped the thing' });
    await converge(w.profiles, w.transport);
    await a.writeEntry(X, { body: 'Monday: shipped the thing. Alpha words from the laptop.' });
    w.time.advance(10);
    await b.writeEntry(X, { body: 'Monday: shipped the thing. Beta words from the desktop.' });
    await converge(w.profiles, w.transport);
    const winner = (await a.db.entries.get(X))!.body;
    expect((await b.db.entries.get(X))!.body).toBe(winner);
    expect(winner).toContain('Beta words');
    for (const p of w.profiles) {
      const kept = await conflictVersions(p.db, X);
      expect(kept.map((k) => k.body)).toContain(
        'Monday: shipped the thing. Alpha words from the laptop.',
      );
    }
    // A plain later edit on top of a seen version is not a conflict: nothing more is kept.
    w.time.advance(10);
    await a.writeEntry(X, { body: `${winner} And a calm follow-up.` });
    await converge(w.profiles, w.transport);
    for (const p of w.profiles) expect(await conflictVersions(p.db, X)).toHaveLength(1);
  });

  it('a tampered record is reported and skipped, the rest apply, and an intact copy applies later', async () => {
    const w = await world(2);
    const [a, b] = w.profiles as [Profile, Profile];
    for (const [i, id] of SLOT_IDS.entries()) await a.writeEntry(id, { body: `entry ${i}` });
    await a.sync();
    await w.transport.settle();
    const files = (await b.folder.list()).filter((f) => f.endsWith('seg-000001.jsonl'));
    expect(files).toHaveLength(1);
    const original = await w.transport.readRaw(1, files[0]!);
    const lines = original.split('\n');
    const line = JSON.parse(lines[2]!) as { p: number; iv: string; data: string };
    const flipped = line.data[5] === 'A' ? 'B' : 'A';
    line.data = `${line.data.slice(0, 5)}${flipped}${line.data.slice(6)}`;
    lines[2] = JSON.stringify(line);
    await w.transport.overwrite(1, files[0]!, lines.join('\n'));

    const report = await b.sync();
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'auth-failed', file: files[0], position: 1 }),
    ]);
    expect(report.problems[0]!.message).toMatch(/failed its integrity check/);
    expect(report.applied).toBe(SLOT_IDS.length - 1);
    expect(report.waiting).toBe(1);
    expect(await b.db.entries.get(SLOT_IDS[1]!)).toBeUndefined();

    await w.transport.overwrite(1, files[0]!, original);
    const healed = await b.sync();
    expect(healed.problems).toEqual([]);
    expect((await b.db.entries.get(SLOT_IDS[1]!))?.body).toBe('entry 1');
  });

  it('a record moved to another position fails authentication (the additional data binds it)', async () => {
    const w = await world(2);
    const [a, b] = w.profiles as [Profile, Profile];
    await a.writeEntry(SLOT_IDS[0]!, { body: 'zero' });
    await a.writeEntry(SLOT_IDS[1]!, { body: 'one' });
    await a.sync();
    await w.transport.settle();
    const file = (await b.folder.list()).find((f) => f.endsWith('seg-000001.jsonl'))!;
    const lines = (await w.transport.readRaw(1, file)).split('\n');
    const first = JSON.parse(lines[1]!) as Record<string, unknown>;
    const second = JSON.parse(lines[2]!) as Record<string, unknown>;
    lines[1] = JSON.stringify({ ...second, p: 0 });
    lines[2] = JSON.stringify({ ...first, p: 1 });
    await w.transport.overwrite(1, file, lines.join('\n'));
    const report = await b.sync();
    expect(report.problems.map((p) => p.code)).toEqual(['auth-failed', 'auth-failed']);
    expect(await b.db.entries.count()).toBe(0);
  });

  it('a profile with the wrong key applies nothing and says why', async () => {
    const w = await world(2);
    const [a] = w.profiles as [Profile, Profile];
    await a.writeEntry(X, { body: 'private words' });
    await a.sync();
    await w.transport.settle();

    const stranger = new Profile(9, w.transport.folderFor(1), w.time);
    cleanups.push(() => stranger.dispose());
    const joined = await stranger.setUp(randomKey());
    expect(joined.ok).toBe(false);
    if (!joined.ok) {
      expect(joined.problem.code).toBe('wrong-key');
      expect(joined.problem.message).toMatch(/does not open the sync folder/);
    }
    expect(await stranger.db.entries.count()).toBe(0);
    expect(await stranger.db.syncState.count()).toBe(0);
    const report = await stranger.sync();
    expect(report.problems.map((p) => p.code)).toEqual(['not-set-up']);
    expect(report.applied).toBe(0);
  });

  it('an engine holding the wrong key reads nothing from a folder it had joined', async () => {
    const w = await world(2);
    const [a, b] = w.profiles as [Profile, Profile];
    await a.writeEntry(X, { body: 'private words' });
    await a.sync();
    await w.transport.settle();
    await b.setUp(randomKey()).catch(() => undefined);
    const report = await b.sync();
    expect(report.problems.map((p) => p.code)).toEqual(['wrong-key']);
    expect(report.applied).toBe(0);
    expect(await b.db.entries.count()).toBe(0);
  });

  it('a change from a newer format version is kept, not applied, with a message to update', async () => {
    const w = await world(2);
    const [a, b] = w.profiles as [Profile, Profile];
    await a.writeEntry(X, { body: 'today' });
    await a.sync();
    const state = (await a.store.getState())!;
    // Append, as a newer Grove would, a change in a format this version does not know.
    const file = `devices/${state.deviceId}/seg-000001.jsonl`;
    const text = await w.transport.readRaw(0, file);
    const key = await importSyncKey(w.key);
    const future = JSON.stringify({
      v: 2,
      t: 'entries',
      id: X,
      h: '000009999999999:000000',
      d: state.deviceId,
      b: null,
      r: {},
    });
    const box = await seal(key, future, recordAad(state.syncId, state.deviceId, 'log', 1, 1));
    await w.transport.overwrite(1, file, `${text}${JSON.stringify({ p: 1, ...box })}\n`);
    await w.transport.overwrite(
      1,
      'grove-sync.json',
      await w.transport.readRaw(0, 'grove-sync.json'),
    );
    await w.transport.overwrite(1, 'keys.json', await w.transport.readRaw(0, 'keys.json'));
    const report = await b.sync();
    expect(report.applied).toBe(1);
    expect(report.problems.map((p) => p.code)).toEqual(['newer-version']);
    expect(report.problems[0]!.message).toMatch(/update Grove/);
    expect(report.waiting).toBe(1);
    expect((await b.db.entries.get(X))?.body).toBe('today');
    // Kept: asked again on the next sync, never marked as done.
    expect((await b.sync()).problems.map((p) => p.code)).toEqual(['newer-version']);
  });

  it('the folder holds nothing readable, and a snapshot replaces old segments only once complete', async () => {
    const w = await world(2, { segmentMaxChanges: 2 });
    const [a, b] = w.profiles as [Profile, Profile];
    a.engine = new (
      a.engine!.constructor as typeof import('../../../shared/sync/engine').SyncEngine
    )(a.folder, a.store, w.key, {
      segmentMaxChanges: 2,
      compactAfter: 2,
      now: () => new Date(a.now()),
    });
    for (let round = 0; round < 4; round++) {
      for (const id of SLOT_IDS) await a.writeEntry(id, { body: `secret-word-${round}` });
      await a.sync();
    }
    const state = (await a.store.getState())!;
    const own = (await a.folder.list()).filter((f) => f.startsWith(`devices/${state.deviceId}/`));
    expect(own.some((f) => /snap-\d{6}-\d{4}\.jsonl$/.test(f))).toBe(true);
    const snap = own.find((f) => /snap-/.test(f))!;
    const parsed = parseSegment(await a.folder.read(snap).then((t) => t!))!;
    expect(parsed.sealed).toBe(true);
    const covered = parsed.header.segment;
    for (const f of own) {
      const m = /seg-(\d{6})\.jsonl$/.exec(f);
      if (m) expect(Number(m[1])).toBeGreaterThan(covered);
    }
    for (const f of await a.folder.list()) {
      expect(await a.folder.read(f)).not.toMatch(/secret-word|body|entries/);
    }
    await w.transport.settle();
    await b.sync();
    for (const id of SLOT_IDS) expect((await b.db.entries.get(id))?.body).toBe('secret-word-3');
  });

  it('a restore that clears tables (no hooks fire) reaches the other computers after reconcile', async () => {
    const w = await world(2);
    const [a, b] = w.profiles as [Profile, Profile];
    await a.writeEntry(SLOT_IDS[0]!, { body: 'kept' });
    await a.writeEntry(SLOT_IDS[1]!, { body: 'not in the backup' });
    await converge(w.profiles, w.transport);
    expect(await b.db.entries.count()).toBe(2);
    // As restoreBackup does: clear, then put what the backup holds, in one transaction.
    const kept = (await a.db.entries.get(SLOT_IDS[0]!))!;
    await a.db.transaction('rw', a.db.entries, async () => {
      await a.db.entries.clear();
      await a.db.entries.put(kept);
    });
    await converge(w.profiles, w.transport);
    expect(await b.db.entries.get(SLOT_IDS[1]!)).toBeUndefined();
    expect((await b.db.entries.get(SLOT_IDS[0]!))?.body).toBe('kept');
  });

  it('a write no hook saw (another window of the same profile) is caught up by reconcile', async () => {
    const w = await world(2);
    const [a, b] = w.profiles as [Profile, Profile];
    await a.writeEntry(SLOT_IDS[0]!, { body: 'seen' });
    await converge(w.profiles, w.transport);
    const other = new GroveDatabase(a.db.name);
    await other.entries.put({
      ...(await a.db.entries.get(SLOT_IDS[0]!))!,
      body: 'from another window',
    });
    other.close();
    await a.store.settle();
    await converge(w.profiles, w.transport);
    expect((await b.db.entries.get(SLOT_IDS[0]!))?.body).toBe('seen');
    expect(await a.store.reconcile()).toBe(1);
    expect(await a.store.reconcile()).toBe(0);
    await converge(w.profiles, w.transport);
    expect((await b.db.entries.get(SLOT_IDS[0]!))?.body).toBe('from another window');
  });
});
