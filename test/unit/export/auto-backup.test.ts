// @vitest-environment jsdom
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutoBackups } from '../../../renderer/src/platform';
import { db } from '../../../renderer/src/db/db';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import { newEntry, saveEntry } from '../../../renderer/src/db/repo/entries';
import {
  SCHEDULED_EVERY_MS,
  backupBeforeMigration,
  startAutomaticBackups,
} from '../../../renderer/src/export/autoBackup';
import { readBackup } from '../../../shared/formats/backup';
import { resetDatabase } from '../../support/db';

function fakeShell(newest?: string) {
  const written: { content: string; reason: string }[] = [];
  const shell: AutoBackups = {
    write: vi.fn(async (content: string, reason) => {
      written.push({ content, reason });
      return { fileName: `b${written.length}.json`, removed: [] };
    }),
    list: vi.fn(async () =>
      newest ? [{ fileName: 'x', createdAt: newest, reason: 'daily' as const, bytes: 1 }] : [],
    ),
    read: vi.fn(),
    reveal: vi.fn(async () => true),
  };
  return { shell, written };
}

beforeEach(async () => {
  await resetDatabase();
  await saveEntry({ ...newEntry('note', '2026-11-01'), body: 'worth keeping' });
});

describe('backup before a schema migration', () => {
  it('hands the shell a full backup when the stored version is older than the app’s', async () => {
    db.close();
    const { shell, written } = fakeShell();
    // The stored database is at the current version; pretend this app brings the next one.
    expect(await backupBeforeMigration(shell, 'grove', LATEST_SCHEMA_VERSION + 1)).toBe(true);
    expect(written).toHaveLength(1);
    expect(written[0]!.reason).toBe('before-migration');
    const { backup } = readBackup(written[0]!.content);
    expect(backup.tables.entries.map((e) => e.body)).toEqual(['worth keeping']);
    // The probe must not have upgraded or changed anything.
    const probe = new Dexie('grove');
    await probe.open();
    expect(probe.verno).toBe(LATEST_SCHEMA_VERSION);
    probe.close();
    await db.open();
  });

  it('does nothing when the database is current, absent, or there is no desktop shell', async () => {
    db.close();
    const { shell, written } = fakeShell();
    expect(await backupBeforeMigration(shell, 'grove', LATEST_SCHEMA_VERSION)).toBe(false);
    expect(await backupBeforeMigration(shell, 'no-such-database', 2)).toBe(false);
    expect(await backupBeforeMigration(null, 'grove', 2)).toBe(false);
    expect(written).toHaveLength(0);
    await db.open();
  });
});

describe('scheduled automatic backups', () => {
  it('writes at start when the newest is older than a day, then every few hours', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const now = Date.parse('2026-11-22T12:00:00.000Z');
      const { shell, written } = fakeShell('2026-11-21T10:00:00.000Z');
      const { stop, startup } = startAutomaticBackups(shell, () => now);
      expect(await startup).toBe('written');
      expect(written.map((w) => w.reason)).toEqual(['daily']);
      vi.advanceTimersByTime(SCHEDULED_EVERY_MS);
      await vi.waitFor(() => expect(written.map((w) => w.reason)).toEqual(['daily', 'scheduled']));
      stop();
      vi.advanceTimersByTime(SCHEDULED_EVERY_MS * 3);
      expect(written).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('skips the start-up copy when a recent one exists', async () => {
    const { shell, written } = fakeShell('2026-11-22T08:00:00.000Z');
    const { stop, startup } = startAutomaticBackups(shell, () =>
      Date.parse('2026-11-22T12:00:00.000Z'),
    );
    // The start-up check is over when this settles: a late write would already be in `written`.
    expect(await startup).toBe('skipped');
    stop();
    expect(shell.list).toHaveBeenCalled();
    expect(written).toHaveLength(0);
  });
});
