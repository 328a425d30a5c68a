import { appSyncStore, yieldToMainThread } from '../db/repo/sync';
import { platform } from '../platform';
import { SyncEngine, setUpSync, type SyncReport } from '../../../shared/sync/engine';
import type { SyncKey } from '../../../shared/sync/crypto';
import type { SyncProblem } from '../../../shared/sync/problems';
import type { LocalSyncState } from '../../../shared/sync/store';
import { continueConversion } from '../privacy/conversionStore';
import { backupBeforeConversion } from '../privacy/preEncryptionBackup';
import { JoinError, joinSyncFolder, type JoinSecret } from './joinFolder';
import { onSyncKeyProviderChanged, syncKeyProvider } from './syncKey';

/**
 * The app's one sync loop. It syncs at start, a moment after local changes (so a burst of
 * typing becomes one write), when the shell says the folder changed (file events plus a
 * periodic rescan), and on "Sync now". Applying happens in batches with the main thread given
 * back between them, so typing stays smooth during a large first sync.
 */
export interface SyncStatus {
  /** 'web': no folder access; 'no-lock': sync needs the passphrase lock; 'off': not set up. */
  availability: 'web' | 'no-lock' | 'off' | 'on';
  folder: string | null;
  syncing: boolean;
  lastSyncAt: string | null;
  report: SyncReport | null;
  /** Problems from setting up or from the last run, in plain words. */
  problems: SyncProblem[];
  deviceName: string | null;
}

const PUSH_DELAY_MS = 1500;

export const syncStore = appSyncStore();
let engine: SyncEngine | null = null;
let unwatch: (() => void) | null = null;
let pushTimer: ReturnType<typeof setTimeout> | null = null;
let status: SyncStatus = {
  availability: platform.syncFolder ? 'off' : 'web',
  folder: null,
  syncing: false,
  lastSyncAt: null,
  report: null,
  problems: [],
  deviceName: null,
};
const subscribers = new Set<() => void>();

function update(next: Partial<SyncStatus>): void {
  status = { ...status, ...next };
  for (const fn of subscribers) fn();
}

export const getSyncStatus = (): SyncStatus => status;
export function subscribeSync(fn: () => void): () => void {
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}

let started = false;

/** Starts sync if this computer is set up for it; safe to call more than once. */
export async function startSync(): Promise<void> {
  if (started || !platform.syncFolder) return;
  started = true;
  onSyncKeyProviderChanged(() => void refresh());
  await refresh();
}

async function refresh(): Promise<void> {
  const access = platform.syncFolder;
  if (!access) return;
  const provider = syncKeyProvider();
  const state = await syncStore.getState();
  const { folder } = await access.status();
  if (!provider || !provider.current()) {
    stopLoop();
    return update({ availability: 'no-lock', folder, deviceName: state?.deviceName ?? null });
  }
  if (!state || !folder) {
    stopLoop();
    return update({ availability: 'off', folder, deviceName: null });
  }
  update({
    availability: 'on',
    folder,
    deviceName: state.deviceName,
    lastSyncAt: state.lastSyncAt,
  });
  startLoop(provider.current()!);
  // Anything written where no hook saw it (a restore clears tables without telling) is caught up.
  await syncStore.reconcile();
  await syncNow();
}

function startLoop(key: SyncKey) {
  const access = platform.syncFolder!;
  engine = new SyncEngine(access.folder, syncStore, key, {
    yieldBetweenBatches: yieldToMainThread,
  });
  syncStore.follow();
  syncStore.onLocalChange = () => {
    if (pushTimer) clearTimeout(pushTimer);
    pushTimer = setTimeout(() => void syncNow(), PUSH_DELAY_MS);
  };
  unwatch?.();
  unwatch = access.onChanged(() => void syncNow());
}

function stopLoop(): void {
  engine = null;
  unwatch?.();
  unwatch = null;
  syncStore.onLocalChange = null;
  if (pushTimer) clearTimeout(pushTimer);
  pushTimer = null;
}

/** Runs one sync (or joins the one running) and publishes what happened. */
export async function syncNow(): Promise<SyncReport | null> {
  if (!engine) return null;
  update({ syncing: true });
  try {
    const report = await engine.sync();
    update({
      syncing: false,
      report,
      problems: report.problems,
      lastSyncAt: report.problems.some((p) => p.code === 'wrong-key')
        ? status.lastSyncAt
        : report.finishedAt,
    });
    return report;
  } catch (error) {
    update({
      syncing: false,
      problems: [
        {
          code: 'folder-error',
          message: `Grove could not reach the sync folder: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    });
    return null;
  }
}

/**
 * "Sync through a folder…": the native dialog, then set-up in that folder — a new sync, or
 * joining the one another computer made (the key is checked before anything is written here).
 */
export async function setUpSyncFolder(deviceName: string): Promise<void> {
  const access = platform.syncFolder;
  const provider = syncKeyProvider();
  const key = provider?.current();
  if (!access || !provider || !key) return;
  const chosen = await access.choose();
  if (!chosen.chosen) return;
  const result = await setUpSync({
    folder: access.folder,
    store: syncStore,
    key,
    slots: provider.keySlots(),
    deviceName,
  }).catch((error: unknown) => ({
    ok: false as const,
    problem: {
      code: 'folder-error' as const,
      message: `Grove could not set up sync in that folder: ${error instanceof Error ? error.message : String(error)}`,
    },
  }));
  if (!result.ok) {
    await access.forget();
    update({ availability: 'off', folder: null, problems: [result.problem] });
    return;
  }
  update({ problems: [] });
  await refresh();
}

/** "Join a folder another computer set up…", first step: the native dialog. */
export async function chooseFolderToJoin(): Promise<boolean> {
  const access = platform.syncFolder;
  if (!access) return false;
  return (await access.choose()).chosen;
}

/** The person closed the join form: the chosen folder is forgotten, nothing else was touched. */
export async function cancelJoin(): Promise<void> {
  await platform.syncFolder?.forget();
}

/**
 * Second step: opens the chosen folder's key with the passphrase or recovery key, encrypts this
 * journal with it (backup first, among the automatic backups) and sets up sync here. Returns the
 * message to show when it did not join (nothing was changed then), or null when it joined.
 */
export async function joinChosenFolder(
  secret: JoinSecret,
  deviceName: string,
): Promise<string | null> {
  const access = platform.syncFolder;
  if (!access) return 'Sync between your computers is a desktop feature.';
  try {
    await joinSyncFolder({
      folder: access.folder,
      store: syncStore,
      secret,
      deviceName,
      backup: (prepared) => backupBeforeConversion(prepared.dataKey, prepared.slots),
      convert: continueConversion,
    });
  } catch (error) {
    return error instanceof JoinError
      ? error.message
      : `Grove could not join that folder: ${error instanceof Error ? error.message : String(error)}`;
  }
  update({ problems: [] });
  await refresh();
  return null;
}

/** Stops syncing on this computer; the folder and the other computers are left as they are. */
export async function stopSyncing(): Promise<void> {
  stopLoop();
  await syncStore.end();
  await platform.syncFolder?.forget();
  update({ availability: 'off', folder: null, report: null, problems: [], lastSyncAt: null });
}

export type { LocalSyncState };
