import { APP_IPC, type AppBridge, type AppContract } from './app';
import { BACKUPS_IPC, type BackupsBridge, type BackupsContract } from './backups';
import { FILES_IPC, type FilesBridge, type FilesContract } from './files';
import { MENU_EVENTS, type MenuBridge } from './menu';
import { REMINDERS_IPC, type RemindersBridge, type RemindersContract } from './reminders';
import { SYNC_IPC, type SyncBridge, type SyncIpcContract } from './sync';

/**
 * The one contract between the renderer and the desktop shell, composed from one module per
 * domain (app, files, backups, reminders, menu): each holds its namespaced channel constants, its
 * argument and result types, its part of the contract and of the bridge. `schemas.ts` holds the
 * runtime schemas the main process checks every payload against. A new domain adds its own module
 * and one line to each composition below. No runtime dependencies, so the preload stays tiny.
 */

export * from './app';
export * from './backups';
export * from './files';
export * from './menu';
export * from './reminders';
export * from './sync';

/** Renderer → main requests, by name. */
export const IPC = {
  ...APP_IPC,
  ...FILES_IPC,
  ...BACKUPS_IPC,
  ...REMINDERS_IPC,
  ...SYNC_IPC,
} as const;
export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** Main → renderer events. */
export const IPC_EVENTS = {
  ...MENU_EVENTS,
} as const;

/** Each channel's arguments and result. */
export interface IpcContract
  extends AppContract, FilesContract, BackupsContract, RemindersContract, SyncIpcContract {}

/** What the preload exposes on `window.grove`: one named function per channel, nothing more. */
export interface GroveBridge
  extends
    AppBridge,
    FilesBridge,
    BackupsBridge,
    RemindersBridge,
    MenuBridge,
    // Optional, so the renderer can tell a shell without sync (and older stand-ins).
    Partial<SyncBridge> {}

export const BRIDGE_KEY = 'grove';
