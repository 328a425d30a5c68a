import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { getEntry, newEntry, saveEntry } from '../../../renderer/src/db/repo/entries';
import { DraftLog, LONG_BODY, type BodyChange } from '../../../renderer/src/journal/draftLog';
import { readWalRecord, recoverWriteAhead, walKey } from '../../../renderer/src/journal/wal';
import type { Entry } from '../../../shared/domain/records';
import { resetDatabase } from '../../support/db';
import { MemoryStorage } from '../../support/memory-storage';

let storage: MemoryStorage;
beforeEach(async () => {
  await resetDatabase();
  storage = new MemoryStorage();
});

const LONG = 'Setbacks are data; I learn a little more each day.\n'.repeat(
  Math.ceil((LONG_BODY + 2_000) / 51),
);

async function stored(body: string): Promise<Entry> {
  const outcome = await saveEntry({ ...newEntry('note'), body });
  if (!outcome.saved) throw new Error('expected a save');
  return outcome.entry;
}

const keys = () => Array.from({ length: storage.length }, (_, i) => storage.key(i)!).sort();
const checkpoints = () => keys().filter((k) => k.startsWith('grove:wal-body:'));

/** What typing `text` at `at` does to `body`, and the change the editor reports for it. */
function typed(body: string, at: number, text: string, removed = 0): [string, BodyChange] {
  return [
    body.slice(0, at) + text + body.slice(at + removed),
    { from: at, toA: at + removed, toB: at + text.length },
  ];
}

describe('the draft log of a long body', () => {
  it('logs a keystroke as a few bytes, and start-up puts the whole text back', async () => {
    const base = await stored(LONG);
    const log = new DraftLog(base.id, base.body, storage);
    log.open();
    log.storeCheckpointNow();
    let body = base.body;
    for (const ch of ' and more') {
      const [next, change] = typed(body, body.length, ch);
      body = next;
      log.write({ ...base, body }, base, change);
    }
    const raw = storage.getItem(walKey(base.id))!;
    expect(raw.length).toBeLessThan(2_000);
    expect(readWalRecord(raw, storage).entry?.body).toBe(body);

    expect(await recoverWriteAhead(storage)).toEqual({ recovered: 1, stuck: [] });
    expect((await getEntry(base.id))?.body).toBe(body);
    // Nothing refers to the checkpoint any more: start-up removes it.
    expect(keys()).toEqual([]);
  });

  it('holds exactly the draft and its base through any edits, saves and checkpoint moves', () => {
    const base0 = { ...newEntry('note'), body: LONG, updatedAt: '2026-01-01T00:00:00.000Z' };
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('edit' as const),
        at: fc.nat(),
        removed: fc.nat({ max: 30 }),
        text: fc.string({ maxLength: 20 }),
      }),
      fc.record({ kind: fc.constant('save' as const) }),
      fc.record({ kind: fc.constant('move' as const) }),
      fc.record({ kind: fc.constant('outside' as const), text: fc.string({ maxLength: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        storage = new MemoryStorage();
        const log = new DraftLog(base0.id, base0.body, storage);
        log.open();
        let base: Entry = base0;
        let draft: Entry = base0;
        let wrote = false;
        for (const s of steps) {
          if (s.kind === 'edit') {
            const at = s.at % (draft.body.length + 1);
            const removed = Math.min(s.removed, draft.body.length - at);
            const [body, change] = typed(draft.body, at, s.text, removed);
            draft = { ...draft, body };
            log.write(draft, base, change);
            wrote = true;
          } else if (s.kind === 'save') {
            log.pin(draft.body);
            base = { ...draft, updatedAt: new Date(Date.parse(base.updatedAt) + 1).toISOString() };
            log.clear(draft);
            wrote = false;
          } else if (s.kind === 'move') {
            log.storeCheckpointNow();
          } else {
            // Another window's text is followed, then typed into.
            draft = { ...draft, body: `${s.text}${draft.body}` };
            base = draft;
            log.restart(draft.body);
            wrote = false;
          }
          const raw = storage.getItem(walKey(base0.id));
          if (!wrote) continue;
          const record = readWalRecord(raw!, storage);
          expect(record.entry?.body).toBe(draft.body);
          expect(record.base?.body).toBe(base.body);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('moves the checkpoint to the text once the change grows, the old one removed after', () => {
    const base = { ...newEntry('note'), body: LONG };
    const log = new DraftLog(base.id, base.body, storage);
    log.open();
    log.storeCheckpointNow();
    const first = checkpoints();
    const [body, change] = typed(base.body, 10, 'x'.repeat(20_000));
    log.write({ ...base, body }, base, change);
    log.storeCheckpointNow();
    expect(checkpoints()).toHaveLength(1);
    expect(checkpoints()).not.toEqual(first);
    const raw = storage.getItem(walKey(base.id))!;
    // The draft is the checkpoint now; the base is the change back to the older text.
    expect(raw.length).toBeLessThan(25_000);
    const record = readWalRecord(raw, storage);
    expect(record.entry?.body).toBe(body);
    expect(record.base?.body).toBe(base.body);
  });

  it('writes the record whole when the editor reports a change that does not fit', () => {
    const base = { ...newEntry('note'), body: LONG };
    const log = new DraftLog(base.id, base.body, storage);
    log.open();
    log.storeCheckpointNow();
    const body = `${base.body}!`;
    log.write({ ...base, body }, base, { from: 3, toA: 3, toB: 4 });
    const record = JSON.parse(storage.getItem(walKey(base.id))!) as Record<string, unknown>;
    expect(record['checkpoint']).toBeUndefined();
    expect((record['entry'] as Entry).body).toBe(body);
  });

  it('removes its checkpoint when the editor closes with nothing pending, keeps it for a record', () => {
    const base = { ...newEntry('note'), body: LONG };
    const log = new DraftLog(base.id, base.body, storage);
    log.open();
    log.storeCheckpointNow();
    const [body, change] = typed(base.body, base.body.length, '.');
    log.write({ ...base, body }, base, change);
    log.dispose();
    // The save did not happen: the record and the checkpoint it needs stay for start-up.
    expect(keys()).toHaveLength(2);
    expect(readWalRecord(storage.getItem(walKey(base.id))!, storage).entry?.body).toBe(body);

    const saved = new DraftLog(base.id, base.body, storage);
    saved.open();
    saved.write({ ...base, body }, base, change);
    saved.clear({ ...base, body });
    saved.dispose();
    expect(keys().filter((k) => k.includes(base.id)).length).toBeLessThanOrEqual(1);
  });

  it('sets aside a record whose checkpoint is gone: reported, never applied', async () => {
    const base = await stored(LONG);
    const log = new DraftLog(base.id, base.body, storage);
    log.open();
    log.storeCheckpointNow();
    const [body, change] = typed(base.body, 0, 'lost? ');
    log.write({ ...base, body }, base, change);
    for (const key of checkpoints()) storage.removeItem(key);
    const report = await recoverWriteAhead(storage);
    expect(report.recovered).toBe(0);
    expect(report.stuck).toHaveLength(1);
    expect(report.stuck[0]!.aside).toBe(true);
    expect((await getEntry(base.id))?.body).toBe(LONG);
  });
});
