import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupFileName,
  backupIpcHandlers,
  backupsToKeep,
  type BackupFile,
  parseBackupFileName,
  writeBackup,
} from '../../../electron/main/backups';
import { dispatchIpc, type IpcHandlers } from '../../../electron/main/ipc';
import { IPC } from '../../../shared/ipc/contract';

let dir: string;
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'grove-backups-')), 'backups');
});

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);

describe('backup file names', () => {
  it('round-trip the time and the reason, and reject anything else', () => {
    const name = backupFileName('before-migration', at('2026-11-22T10:11:12.345Z'));
    expect(name).toBe('grove-backup-2026-11-22T10-11-12-345Z-before-migration.json');
    expect(parseBackupFileName(name)).toEqual({
      createdAt: at('2026-11-22T10:11:12.345Z'),
      reason: 'before-migration',
    });
    expect(parseBackupFileName('../grove-backup-2026-11-22T10-11-12-345Z-daily.json')).toBeNull();
    expect(parseBackupFileName('notes.json')).toBeNull();
  });
});

describe('rotation', () => {
  it('keeps the newest of each of 7 days and 4 weeks, plus the newest 3', () => {
    // Two backups a day for 60 days.
    const start = Date.parse('2026-11-22T20:00:00.000Z');
    const files = Array.from({ length: 120 }, (_, i) => {
      const createdAt = new Date(start - Math.floor(i / 2) * DAY - (i % 2) * 3_600_000);
      return { fileName: `f${i}`, createdAt };
    });
    const keep = backupsToKeep(files);
    // Newest 3 (f0, f1, f2); newest per day for 7 days (f0, f2, f4 … f12); weekly adds older weeks.
    expect([...keep].filter((f) => ['f0', 'f1', 'f2'].includes(f))).toHaveLength(3);
    for (let d = 0; d < 7; d++) expect(keep.has(`f${d * 2}`)).toBe(true);
    expect(keep.has('f13')).toBe(false);
    const kept = files.filter((f) => keep.has(f.fileName));
    const oldest = Math.min(...kept.map((f) => f.createdAt.getTime()));
    expect(start - oldest).toBeLessThan(28 * DAY);
    expect(start - oldest).toBeGreaterThan(14 * DAY);
    expect(keep.size).toBeLessThanOrEqual(3 + 7 + 4);
  });

  it('keeps a copy taken before a restore, a merge or an upgrade for 30 days', () => {
    const start = Date.parse('2026-11-01T09:00:00.000Z');
    const safety = ['before-restore', 'before-merge', 'before-migration'] as const;
    const files: BackupFile[] = safety.map((reason, i) => ({
      fileName: reason,
      createdAt: new Date(start + i * 60_000),
      reason,
    }));
    // Three more copies the same day, then one a day for 29 days.
    for (let i = 1; i <= 3; i++)
      files.push({
        fileName: `same-day-${i}`,
        createdAt: new Date(start + i * 3_600_000),
        reason: 'scheduled',
      });
    for (let d = 1; d <= 29; d++)
      files.push({
        fileName: `day-${d}`,
        createdAt: new Date(start + d * DAY),
        reason: 'daily',
      });
    const day29 = new Date(start + 29 * DAY + 3_600_000);
    const keep = backupsToKeep(files, day29);
    for (const reason of safety) expect(keep.has(reason), reason).toBe(true);
    expect(keep.has('same-day-1')).toBe(false);
    // After 30 days they rotate like any other copy.
    const later = backupsToKeep(files, new Date(start + 31 * DAY));
    for (const reason of safety) expect(later.has(reason), reason).toBe(false);
  });

  it('keeps everything when there are only a few', () => {
    const files = [0, 1, 2].map((i) => ({ fileName: `f${i}`, createdAt: new Date(i * DAY) }));
    expect(backupsToKeep(files).size).toBe(3);
  });
});

describe('writing into a real folder', () => {
  it('writes atomically, leaves no temporary file, and rotates old copies away', async () => {
    const start = Date.parse('2026-10-01T09:00:00.000Z');
    for (let i = 0; i < 40; i++) {
      await writeBackup(dir, { content: `{"n":${i}}`, reason: 'daily' }, new Date(start + i * DAY));
    }
    const names = readdirSync(dir);
    expect(names.every((n) => parseBackupFileName(n) !== null)).toBe(true);
    expect(names.length).toBeLessThanOrEqual(14);
    // 7 days span one or two weeks, so the 4 weeks add two or three older copies.
    expect(names.length).toBeGreaterThanOrEqual(7 + 2);
    const newest = path.join(dir, backupFileName('daily', new Date(start + 39 * DAY)));
    expect(readFileSync(newest, 'utf8')).toBe('{"n":39}');
  });

  it('lists, reads and reveals through the IPC handlers, refusing paths', async () => {
    const reveal = vi.fn(async () => true);
    const handlers = backupIpcHandlers({ dir, reveal, now: () => at('2026-11-22T10:00:00.000Z') });
    const written = await handlers['grove:backup:write']({
      content: '{"a":1}',
      reason: 'scheduled',
    });
    expect(written).toEqual({
      ok: true,
      value: { fileName: 'grove-backup-2026-11-22T10-00-00-000Z-scheduled.json', removed: [] },
    });
    writeFileSync(path.join(dir, 'unrelated.txt'), 'not a backup');
    const list = await handlers['grove:backup:list']();
    expect(list).toEqual({
      ok: true,
      value: [
        {
          fileName: 'grove-backup-2026-11-22T10-00-00-000Z-scheduled.json',
          createdAt: '2026-11-22T10:00:00.000Z',
          reason: 'scheduled',
          bytes: 7,
        },
      ],
    });
    const read = await handlers['grove:backup:read'](
      'grove-backup-2026-11-22T10-00-00-000Z-scheduled.json',
    );
    expect(read).toEqual({
      ok: true,
      value: {
        fileName: 'grove-backup-2026-11-22T10-00-00-000Z-scheduled.json',
        content: '{"a":1}',
      },
    });
    expect((await handlers['grove:backup:read']('../../etc/passwd')).ok).toBe(false);
    expect(await handlers['grove:backup:reveal']()).toEqual({
      ok: true,
      value: { revealed: true },
    });
    expect(reveal).toHaveBeenCalledWith(dir);
  });

  it('the IPC layer refuses a traversal name before the handler runs', async () => {
    const handler = vi.fn();
    const frame = { url: 'app://grove/index.html', parent: null };
    const event = { senderFrame: frame, sender: { mainFrame: frame } } as never;
    const result = await dispatchIpc(
      IPC.backupRead,
      event,
      ['../secrets.json'],
      { [IPC.backupRead]: handler } as unknown as IpcHandlers,
      ['app://grove'],
      { warn: () => {} },
    );
    expect(result.ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it('a missing folder lists as empty', async () => {
    const handlers = backupIpcHandlers({ dir, reveal: async () => true });
    expect(await handlers['grove:backup:list']()).toEqual({ ok: true, value: [] });
  });
});
