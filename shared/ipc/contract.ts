import type { Envelope } from '../util/result';
import type { MenuCommand } from './menu-commands';
import { SYNC_IPC, type SyncBridge, type SyncIpcContract } from './sync';

/**
 * The one contract between the renderer and the desktop shell: namespaced channel constants, the
 * argument and result types, and (in `schemas.ts`) the runtime schemas the main process checks
 * every payload against. This file has no runtime dependencies so the preload stays tiny.
 */
/** Renderer → main requests of the desktop shell (menus and reminders, issue 7), spread into `IPC`. */
export const SHELL_IPC = {
  setReminder: 'grove:reminder:set',
} as const;

export const IPC = {
  appInfo: 'grove:app:info',
  saveFile: 'grove:file:save',
  openFile: 'grove:file:open',
  // Automatic backups (issue 6): written by the main process into <userData>/backups.
  backupWrite: 'grove:backup:write',
  backupList: 'grove:backup:list',
  backupRead: 'grove:backup:read',
  backupReveal: 'grove:backup:reveal',
  ...SHELL_IPC,
  ...SYNC_IPC,
} as const;
export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** Files the user saves or opens are capped well above a decade-long backup. */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** A bare file name; the user picks the folder in the native dialog. */
  suggestedName: string;
  content: string;
  filters: FileFilter[];
}

export interface OpenFileRequest {
  filters: FileFilter[];
  /** Larger files are refused before they are read. */
  maxBytes: number;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: 'desktop' | 'web';
  os: string;
  dataPath: string | null;
}

export type SaveFileResult = { saved: true; fileName: string } | { saved: false };
export type OpenFileResult =
  { opened: true; fileName: string; content: string } | { opened: false };

/* ------------------------------------------------ automatic backups (issue 6) */

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

/* ------------------------------------------------------------------------ */

export interface IpcContract {
  [IPC.appInfo]: { args: []; result: AppInfo };
  [IPC.saveFile]: { args: [SaveFileRequest]; result: SaveFileResult };
  [IPC.openFile]: { args: [OpenFileRequest]; result: OpenFileResult };
  // Automatic backups (issue 6)
  [IPC.backupWrite]: { args: [BackupWriteRequest]; result: BackupWriteResult };
  [IPC.backupList]: { args: []; result: AutoBackupInfo[] };
  [IPC.backupRead]: { args: [fileName: string]; result: BackupReadResult };
  [IPC.backupReveal]: { args: []; result: { revealed: boolean } };
}

/** What the preload exposes on `window.grove`: one named function per channel, nothing more. */
export interface GroveBridge {
  appInfo(): Promise<Envelope<AppInfo>>;
  saveFile(request: SaveFileRequest): Promise<Envelope<SaveFileResult>>;
  openFile(request: OpenFileRequest): Promise<Envelope<OpenFileResult>>;
  // Automatic backups (issue 6)
  backupWrite(request: BackupWriteRequest): Promise<Envelope<BackupWriteResult>>;
  backupList(): Promise<Envelope<AutoBackupInfo[]>>;
  backupRead(fileName: string): Promise<Envelope<BackupReadResult>>;
  backupReveal(): Promise<Envelope<{ revealed: boolean }>>;
}

export const BRIDGE_KEY = 'grove';

/* --------------------------------------------- desktop shell: menus and reminders (issue 7) */

/** Main → renderer events. The renderer only ever listens; it cannot send on these. */
export const IPC_EVENTS = {
  menuCommand: 'grove:menu:command',
} as const;

export interface ReminderRequest {
  /** Local time of day, 'HH:MM', or null for no reminder. */
  time: string | null;
}

export interface ReminderResult {
  /** When the next reminder fires (ISO 8601), or null when none is scheduled. */
  nextAt: string | null;
}

export interface IpcContract {
  [SHELL_IPC.setReminder]: { args: [ReminderRequest]; result: ReminderResult };
}

export interface GroveBridge {
  setReminder(request: ReminderRequest): Promise<Envelope<ReminderResult>>;
  /** Commands from the native menu (already validated); returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/* ------------------------------------------ sync through a folder (issue 17): see ./sync.ts */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface IpcContract extends SyncIpcContract {}
/** Optional on the bridge, so the renderer can tell a shell without sync (and older stand-ins). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GroveBridge extends Partial<SyncBridge> {}
