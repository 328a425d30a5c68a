import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  MAX_FILE_BYTES,
  type AutoBackupInfo,
  type AutoBackupReason,
  type BackupReadResult,
  type BackupWriteRequest,
  type BackupWriteResult,
  type IPC,
  type IpcContract,
} from '../../shared/ipc/contract';
import { AUTO_BACKUP_FILE_NAME } from '../../shared/ipc/schemas';
import { fail, ok, type Envelope } from '../../shared/util/result';
import { writeFileAtomic } from './files';

/**
 * Automatic backups, written by the main process outside IndexedDB (so a broken profile or a bad
 * migration cannot take them along), into `<userData>/backups/`. The renderer produces the
 * snapshot and decides when; this module writes it atomically and rotates old copies.
 */

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
/** The newest few are always kept. */
export const KEEP_LATEST = 3;
/**
 * Copies taken before a restore, a merge or a schema upgrade are the way back from that step:
 * each is kept this long whatever the rotation (three more backups the same day used to push it
 * out).
 */
export const KEEP_SAFETY_DAYS = 30;
const SAFETY_REASONS: readonly AutoBackupReason[] = [
  'before-restore',
  'before-merge',
  'before-migration',
];

export interface BackupFile {
  fileName: string;
  createdAt: Date;
  /** Absent for files whose reason is not known (treated as routine copies). */
  reason?: AutoBackupReason;
}

export function backupFileName(reason: AutoBackupReason, at: Date): string {
  return `grove-backup-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
}

export function parseBackupFileName(
  fileName: string,
): { createdAt: Date; reason: AutoBackupReason } | null {
  const m = AUTO_BACKUP_FILE_NAME.exec(fileName);
  if (!m) return null;
  const [date, time] = m[1]!.split('T') as [string, string];
  const [h, mi, s, ms] = time.replace('Z', '').split('-');
  const createdAt = new Date(`${date}T${h}:${mi}:${s}.${ms}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, reason: m[2] as AutoBackupReason };
}

const DAY_MS = 86_400_000;
const dayOf = (d: Date) => Math.floor(d.getTime() / DAY_MS);
/** Weeks start on Monday (day 0 of the epoch was a Thursday). */
const weekOf = (d: Date) => Math.floor((dayOf(d) + 3) / 7);

/**
 * Which backups to keep: the newest of each of the last 7 days that have a backup, the newest of
 * each of the last 4 weeks that have one, the newest 3 whatever they are, and every safety copy
 * (before a restore, a merge or an upgrade) younger than 30 days. Everything else may be removed.
 * Pure, so it is tested without a disk.
 */
export function backupsToKeep(files: readonly BackupFile[], now: Date = new Date()): Set<string> {
  const newestFirst = [...files].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST).map((f) => f.fileName));
  for (const file of files) {
    const age = now.getTime() - file.createdAt.getTime();
    if (file.reason && SAFETY_REASONS.includes(file.reason) && age < KEEP_SAFETY_DAYS * DAY_MS)
      keep.add(file.fileName);
  }
  const pick = (bucketOf: (d: Date) => number, count: number) => {
    const seen = new Set<number>();
    for (const file of newestFirst) {
      const bucket = bucketOf(file.createdAt);
      if (seen.has(bucket)) continue;
      if (seen.size === count) break;
      seen.add(bucket);
      keep.add(file.fileName);
    }
  };
  pick(dayOf, KEEP_DAILY);
  pick(weekOf, KEEP_WEEKLY);
  return keep;
}

export async function listBackups(dir: string): Promise<AutoBackupInfo[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: AutoBackupInfo[] = [];
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) continue;
    const stat = await fs.stat(path.join(dir, fileName));
    if (!stat.isFile()) continue;
    out.push({
      fileName,
      createdAt: parsed.createdAt.toISOString(),
      reason: parsed.reason,
      bytes: stat.size,
    });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function writeBackup(
  dir: string,
  request: BackupWriteRequest,
  now: Date = new Date(),
): Promise<BackupWriteResult> {
  await fs.mkdir(dir, { recursive: true });
  const fileName = backupFileName(request.reason, now);
  await writeFileAtomic(path.join(dir, fileName), request.content);
  const existing = await listBackups(dir);
  const keep = backupsToKeep(
    existing.map((b) => ({
      fileName: b.fileName,
      createdAt: new Date(b.createdAt),
      reason: b.reason,
    })),
    now,
  );
  const removed: string[] = [];
  for (const backup of existing) {
    if (keep.has(backup.fileName)) continue;
    await fs.rm(path.join(dir, backup.fileName), { force: true });
    removed.push(backup.fileName);
  }
  return { fileName, removed };
}

export async function readBackupFile(dir: string, fileName: string): Promise<BackupReadResult> {
  // The IPC schema already allows only our own names; checked again so no path can slip through.
  if (!parseBackupFileName(fileName) || path.basename(fileName) !== fileName) {
    throw new Error('not an automatic backup');
  }
  const target = path.join(dir, fileName);
  const stat = await fs.stat(target);
  if (stat.size > MAX_FILE_BYTES) throw new Error('too large');
  return { fileName, content: await fs.readFile(target, 'utf8') };
}

type BackupChannels =
  typeof IPC.backupWrite | typeof IPC.backupList | typeof IPC.backupRead | typeof IPC.backupReveal;

export interface BackupShell {
  /** `<userData>/backups`. */
  dir: string;
  /** Opens the folder in the system file manager; resolves whether it did. */
  reveal: (dir: string) => Promise<boolean>;
  now?: () => Date;
}

/** The four backup channels' handlers, registered from index.ts with the others. */
export function backupIpcHandlers(shell: BackupShell): {
  [C in BackupChannels]: (
    ...args: IpcContract[C]['args']
  ) => Promise<Envelope<IpcContract[C]['result']>>;
} {
  const { dir } = shell;
  return {
    'grove:backup:write': async (request) => {
      try {
        return ok(await writeBackup(dir, request, shell.now?.() ?? new Date()));
      } catch (error) {
        return fail('io', `Could not write the automatic backup: ${(error as Error).message}`);
      }
    },
    'grove:backup:list': async () => {
      try {
        return ok(await listBackups(dir));
      } catch (error) {
        return fail('io', `Could not list automatic backups: ${(error as Error).message}`);
      }
    },
    'grove:backup:read': async (fileName) => {
      try {
        return ok(await readBackupFile(dir, fileName));
      } catch (error) {
        return fail('io', `Could not read ${fileName}: ${(error as Error).message}`);
      }
    },
    'grove:backup:reveal': async () => {
      await fs.mkdir(dir, { recursive: true });
      return ok({ revealed: await shell.reveal(dir) });
    },
  };
}
