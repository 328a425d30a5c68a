import type { Envelope } from '../util/result';

/**
 * IPC for sync through a folder: its own domain file. The renderer never names a
 * folder on disk: the person picks it in a native dialog, the main process remembers it, and
 * every later request is a path relative to `Grove Sync/` that the main process checks again.
 */
export const SYNC_IPC = {
  syncChoose: 'grove:sync:choose',
  syncStatus: 'grove:sync:status',
  syncForget: 'grove:sync:forget',
  syncList: 'grove:sync:list',
  syncRead: 'grove:sync:read',
  syncWrite: 'grove:sync:write',
  syncRemove: 'grove:sync:remove',
} as const;

/** Main → renderer: something in the sync folder changed (or the periodic rescan came round). */
export const SYNC_EVENTS = { changed: 'grove:sync:changed' } as const;

/** The largest file sync reads or writes: a sealed segment is at most 4 MB. */
export const SYNC_MAX_FILE_BYTES = 8 * 1024 * 1024;
export const SYNC_MAX_FILES = 20_000;

export interface SyncFolderStatus {
  /** The `Grove Sync` folder in use, for display; null when none is chosen. */
  folder: string | null;
}

export type SyncChooseResult = { chosen: true; folder: string } | { chosen: false };

/** The only files Grove itself writes: the manifest, the key file and a device's own files. */
export const SYNC_WRITABLE =
  /^(grove-sync\.json|keys\.json|devices\/[0-9a-f-]{36}\/(device\.json|seg-\d{6}\.jsonl|snap-\d{6}-\d{4}\.jsonl))$/;
/** The only files Grove ever removes: this computer's segments, once a snapshot replaces them. */
export const SYNC_REMOVABLE = /^devices\/[0-9a-f-]{36}\/(seg-\d{6}|snap-\d{6}-\d{4})\.jsonl$/;

export interface SyncWriteRequest {
  path: string;
  content: string;
}

export interface SyncIpcContract {
  [SYNC_IPC.syncChoose]: { args: []; result: SyncChooseResult };
  [SYNC_IPC.syncStatus]: { args: []; result: SyncFolderStatus };
  [SYNC_IPC.syncForget]: { args: []; result: SyncFolderStatus };
  [SYNC_IPC.syncList]: { args: []; result: string[] };
  [SYNC_IPC.syncRead]: { args: [path: string]; result: string | null };
  [SYNC_IPC.syncWrite]: { args: [SyncWriteRequest]; result: { written: true } };
  [SYNC_IPC.syncRemove]: { args: [path: string]; result: { removed: boolean } };
}

/** The sync part of `window.grove`. */
export interface SyncBridge {
  syncChoose(): Promise<Envelope<SyncChooseResult>>;
  syncStatus(): Promise<Envelope<SyncFolderStatus>>;
  syncForget(): Promise<Envelope<SyncFolderStatus>>;
  syncList(): Promise<Envelope<string[]>>;
  syncRead(path: string): Promise<Envelope<string | null>>;
  syncWrite(request: SyncWriteRequest): Promise<Envelope<{ written: true }>>;
  syncRemove(path: string): Promise<Envelope<{ removed: boolean }>>;
  /** The folder changed; returns the unsubscribe function. */
  onSyncFolderChanged(listener: () => void): () => void;
}
