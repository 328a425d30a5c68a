import type { Envelope } from '../util/result';

/** Automatic backups, written by the main process into <userData>/backups. */
export const BACKUPS_IPC = {
  backupWrite: 'grove:backup:write',
  backupList: 'grove:backup:list',
  backupRead: 'grove:backup:read',
  backupReveal: 'grove:backup:reveal',
} as const;

export const AUTO_BACKUP_REASONS = [
  'daily',
  'scheduled',
  'before-migration',
  'before-restore',
  'before-merge',
] as const;
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number];

export interface BackupWriteRequest {
  /** A full backup file's text, produced by the renderer. */
  content: string;
  reason: AutoBackupReason;
}

export interface AutoBackupInfo {
  fileName: string;
  createdAt: string;
  reason: AutoBackupReason;
  bytes: number;
}

export interface BackupWriteResult {
  fileName: string;
  /** Older copies removed by the rotation (7 daily, 4 weekly). */
  removed: string[];
}

export interface BackupReadResult {
  fileName: string;
  content: string;
}

export interface BackupsContract {
  [BACKUPS_IPC.backupWrite]: { args: [BackupWriteRequest]; result: BackupWriteResult };
  [BACKUPS_IPC.backupList]: { args: []; result: AutoBackupInfo[] };
  [BACKUPS_IPC.backupRead]: { args: [fileName: string]; result: BackupReadResult };
  [BACKUPS_IPC.backupReveal]: { args: []; result: { revealed: boolean } };
}

export interface BackupsBridge {
  backupWrite(request: BackupWriteRequest): Promise<Envelope<BackupWriteResult>>;
  backupList(): Promise<Envelope<AutoBackupInfo[]>>;
  backupRead(fileName: string): Promise<Envelope<BackupReadResult>>;
  backupReveal(): Promise<Envelope<{ revealed: boolean }>>;
}
