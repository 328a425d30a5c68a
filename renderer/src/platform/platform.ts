import type {
  AppInfo,
  AutoBackupInfo,
  AutoBackupReason,
  BackupReadResult,
  BackupWriteResult,
  OpenFileRequest,
  OpenFileResult,
  OpenFilesRequest,
  OpenFilesResult,
  ReminderResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../../shared/ipc/contract';
import type { MenuCommand } from '../../../shared/ipc/menu-commands';
import type { SyncChooseResult, SyncFolderStatus } from '../../../shared/ipc/sync';
import type { SyncFolder } from '../../../shared/sync/folder';

/**
 * Everything the renderer needs from the machine it runs on. Two implementations: the desktop
 * bridge (native dialogs through the preload) and the browser (download / file input), so the same
 * app runs, and is tested, in web mode.
 */
export interface Platform {
  readonly kind: 'desktop' | 'web';
  appInfo(): Promise<AppInfo>;
  /** Resolves `{ saved: false }` when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Resolves `{ opened: false }` when the user cancels; rejects with a clear message otherwise. */
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /**
   * Import from other apps: one or several files as bytes (zips are not text). Sizes
   * are checked before anything is read; rejects with a clear message when a file is too large.
   */
  openFiles(request: OpenFilesRequest): Promise<OpenFilesResult>;

  /* desktop shell: menus and reminders */
  /**
   * Commands from the native application menu, already validated. Returns the unsubscribe
   * function. Web mode has no native menu and never emits.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Schedules (or with null, cancels) the daily reflection reminder, a system notification at a
   * local 'HH:MM'. Only where the platform can notify while the app is in the background: absent
   * in web mode, so callers must check.
   */
  readonly setDailyReminder?: (time: string | null) => Promise<ReminderResult>;
  /**
   * The screen locked or the machine is going to sleep (desktop only). Returns the
   * unsubscribe function.
   */
  readonly onSystemLock?: (listener: () => void) => () => void;
  /** Automatic backups written by the desktop shell; null where there is none (web mode). */
  readonly autoBackups?: AutoBackups | null;
  /** Sync through a folder; null where there is none (web mode). */
  readonly syncFolder?: SyncFolderAccess | null;
}

/** The sync folder, reached through the desktop shell, which checks every path. */
export interface SyncFolderAccess {
  /** The native folder dialog; the shell remembers the choice. */
  choose(): Promise<SyncChooseResult>;
  status(): Promise<SyncFolderStatus>;
  forget(): Promise<SyncFolderStatus>;
  /** Files inside `Grove Sync/`, by relative path. */
  folder: SyncFolder;
  /** The folder changed (or the periodic rescan came round); returns the unsubscribe function. */
  onChanged(listener: () => void): () => void;
}

/** Automatic backups: the renderer makes the snapshot, the shell keeps the files. */
export interface AutoBackups {
  write(content: string, reason: AutoBackupReason): Promise<BackupWriteResult>;
  /** Newest first. */
  list(): Promise<AutoBackupInfo[]>;
  read(fileName: string): Promise<BackupReadResult>;
  /** Opens the backups folder in the system file manager. */
  reveal(): Promise<boolean>;
}

/** A failure reported by the platform, with a message written for the user. */
export class PlatformError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'PlatformError';
    this.code = code;
  }
}
