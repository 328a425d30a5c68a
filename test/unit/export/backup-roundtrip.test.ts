import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import {
  createBackupText,
  importBackupText,
  mergeBackup,
  restoreBackup,
} from '../../../renderer/src/db/repo/backup';
import { BACKUP_TABLES, readBackup, type BackupTables } from '../../../shared/formats/backup';
import { resetDatabase, snapshotDatabase } from '../../support/db';
import { entryArb, journalArb } from './journal-arbitraries';

beforeEach(resetDatabase);

const NOW = '2026-11-22T10:00:00.000Z';

async function load(tables: BackupTables): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const name of BACKUP_TABLES) {
      await db.table(name).clear();
      await db.table(name).bulkPut(tables[name] as unknown[]);
    }
  });
}

describe('full backup', () => {
  it('backup → restore → backup is identical, for generated journals', async () => {
    await fc.assert(
      fc.asyncProperty(journalArb, async (journal) => {
        await load(journal);
        const first = await createBackupText({ now: NOW });
        await load({ ...journal, entries: [] });
        await importBackupText(first, 'restore');
        const second = await createBackupText({ now: NOW });
        expect(second).toBe(first);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('merging the same backup twice changes nothing the second time', async () => {
    await fc.assert(
      fc.asyncProperty(journalArb, journalArb, async (local, incoming) => {
        await load(local);
        const { backup } = readBackup(await exportOf(incoming));
        await mergeBackup(backup);
        const once = await snapshotDatabase();
        const again = await mergeBackup(backup);
        expect(await snapshotDatabase()).toEqual(once);
        for (const name of BACKUP_TABLES) {
          expect(again.tables[name].added + again.tables[name].updated).toBe(0);
        }
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('merge adds what is missing, keeps the newer copy by updatedAt, and reports it', async () => {
    const [a, b, c] = fc
      .sample(entryArb, 3)
      .map((e, i) => ({ ...e, id: crypto.randomUUID(), title: `e${i}` }));
    const older = {
      ...a!,
      updatedAt: '2024-01-01T00:00:00.000Z',
      createdAt: '2024-01-01T00:00:00.000Z',
      title: 'old',
    };
    const newer = {
      ...a!,
      updatedAt: '2025-01-01T00:00:00.000Z',
      createdAt: '2024-01-01T00:00:00.000Z',
      title: 'new',
    };
    const localOnly = b!;
    await db.entries.bulkPut([
      older,
      {
        ...c!,
        updatedAt: '2026-01-01T00:00:00.000Z',
        createdAt: '2026-01-01T00:00:00.000Z',
        deleted: 0,
        deletedAt: null,
      },
    ]);
    await db.entries.put(localOnly);
    const incoming = {
      ...emptyJournal(),
      entries: [
        newer,
        {
          ...c!,
          updatedAt: '2025-06-01T00:00:00.000Z',
          createdAt: '2025-06-01T00:00:00.000Z',
          title: 'stale',
          deleted: 0 as const,
          deletedAt: null,
        },
      ],
    };
    const added = { ...fc.sample(entryArb, 1)[0]!, id: crypto.randomUUID() };
    incoming.entries.push(added);
    const { backup } = readBackup(await exportOf(incoming));
    const result = await mergeBackup(backup);
    expect(result.tables.entries).toEqual({ added: 1, updated: 1, kept: 1 });
    expect((await db.entries.get(a!.id))?.title).toBe('new');
    expect((await db.entries.get(c!.id))?.title).not.toBe('stale');
    expect(await db.entries.get(localOnly.id)).toEqual(localOnly);
    expect(await db.entries.get(added.id)).toBeDefined();
  });

  it('restore replaces everything, tombstones and settings included', async () => {
    const [kept] = fc.sample(entryArb, 1);
    await db.entries.put({ ...kept!, id: crypto.randomUUID() });
    const journal = {
      ...emptyJournal(),
      entries: [{ ...kept!, deleted: 1 as const, deletedAt: kept!.updatedAt }],
    };
    journal.settings = [{ key: 'name', value: 'Ada', updatedAt: NOW }];
    const { backup } = readBackup(await exportOf(journal));
    await restoreBackup(backup);
    expect(await db.entries.toArray()).toEqual(journal.entries);
    expect(await db.settings.toArray()).toEqual(journal.settings);
  });

  it('reports progress while it reads the tables in pages', async () => {
    const entries = fc.sample(entryArb, 2500).map((e) => ({ ...e, id: crypto.randomUUID() }));
    await db.entries.bulkPut(entries);
    const seen: number[] = [];
    const text = await createBackupText({
      onProgress: (p) => p.table === 'entries' && seen.push(p.done),
    });
    expect(seen).toEqual([2000, 2500, 2500]);
    expect(readBackup(text).counts.entries).toBe(2500);
  }, 30_000);
});

function emptyJournal(): BackupTables {
  return {
    settings: [],
    objectives: [],
    keyResults: [],
    activities: [],
    checkIns: [],
    series: [],
    meetings: [],
    actionItems: [],
    selfAssessments: [],
    templates: [],
    entries: [],
    entryHistory: [],
    tombstones: [],
  };
}

/** The backup text of a journal, made through a scratch load so the format is the real one. */
async function exportOf(tables: BackupTables): Promise<string> {
  const before = await snapshotDatabase();
  await load(tables);
  const text = await createBackupText({ now: NOW });
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await table.bulkPut(before[table.name]!);
    }
  });
  return text;
}
