import { promises as fs, watch as fsWatch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { SYNC_FOLDER_NAME } from '../../shared/sync/format';
import type { SyncFolder } from '../../shared/sync/folder';
import {
  SYNC_MAX_FILE_BYTES,
  SYNC_MAX_FILES,
  SYNC_REMOVABLE,
  SYNC_WRITABLE,
  type SYNC_IPC,
  type SyncFolderStatus,
  type SyncIpcContract,
} from '../../shared/ipc/sync';
import { fail, ok, type Envelope } from '../../shared/util/result';
import { writeFileAtomic } from './files';

/**
 * The sync folder on disk. The person picks a folder their sync engine replicates;
 * Grove works only inside `<that folder>/Grove Sync/`, which it remembers in
 * `<userData>/sync-folder.json`. The renderer names files relative to it, and every path is
 * checked here again — lexically, and against symbolic links — before anything is touched.
 */

export const SYNC_SETTINGS_FILE = 'sync-folder.json';

/** `<chosen>/Grove Sync`, unless the person picked the `Grove Sync` folder itself. */
export function syncRootFor(chosen: string): string {
  return path.basename(chosen) === SYNC_FOLDER_NAME ? chosen : path.join(chosen, SYNC_FOLDER_NAME);
}

/**
 * The absolute path of `relative` inside `root`, or null when it would leave it: absolute
 * paths, `..` steps, backslashes, drive letters and empty steps are refused.
 */
export function resolveInside(root: string, relative: string): string | null {
  if (relative.length === 0 || relative.length > 400) return null;
  if (/[\\:\0]/.test(relative) || relative.startsWith('/')) return null;
  const parts = relative.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return null;
  const target = path.resolve(root, ...parts);
  const rel = path.relative(root, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return target;
}

/** True when the real location of `target`'s folder is still inside the real root (no symlink escape). */
async function realInside(root: string, target: string): Promise<boolean> {
  const realRoot = await fs.realpath(root);
  let dir = path.dirname(target);
  // The nearest folder that exists decides: a folder not yet made cannot point anywhere.
  for (;;) {
    try {
      const real = await fs.realpath(dir);
      const rel = path.relative(realRoot, real);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return false;
      dir = parent;
    }
  }
}

/** The sync folder over the real file system, with every path checked. */
export function createFsSyncFolder(root: string): SyncFolder {
  const inside = async (relative: string): Promise<string> => {
    const target = resolveInside(root, relative);
    if (!target || !(await realInside(root, target))) {
      throw new Error(`${relative} is not inside the sync folder`);
    }
    return target;
  };
  return {
    async list() {
      const out: string[] = [];
      const walk = async (dir: string, prefix: string, depth: number) => {
        let entries: import('node:fs').Dirent[];
        try {
          entries = await fs.readdir(dir, { withFileTypes: true });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
          throw error;
        }
        for (const entry of entries) {
          if (out.length >= SYNC_MAX_FILES) return;
          // Symbolic links are never followed: they could point anywhere on the disk.
          if (entry.isSymbolicLink()) continue;
          const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
          if (entry.isDirectory() && depth < 2)
            await walk(path.join(dir, entry.name), rel, depth + 1);
          else if (entry.isFile()) out.push(rel);
        }
      };
      await walk(root, '', 0);
      return out.sort();
    },
    async read(relative) {
      const target = await inside(relative);
      try {
        const stat = await fs.lstat(target);
        if (!stat.isFile()) return null;
        if (stat.size > SYNC_MAX_FILE_BYTES) throw new Error(`${relative} is too large`);
        return await fs.readFile(target, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(relative, content) {
      if (!SYNC_WRITABLE.test(relative)) throw new Error(`${relative} is not a file Grove writes`);
      const target = await inside(relative);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, content);
    },
    async remove(relative) {
      if (!SYNC_REMOVABLE.test(relative))
        throw new Error(`${relative} is not a file Grove removes`);
      await fs.rm(await inside(relative), { force: true });
    },
  };
}

/* ------------------------------------------------------------ the chosen folder */

export async function loadSyncRoot(settingsFile: string): Promise<string | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(settingsFile, 'utf8')) as { root?: unknown };
    return typeof parsed.root === 'string' && path.isAbsolute(parsed.root) ? parsed.root : null;
  } catch {
    return null;
  }
}

export async function saveSyncRoot(settingsFile: string, root: string | null): Promise<void> {
  await fs.mkdir(path.dirname(settingsFile), { recursive: true });
  await writeFileAtomic(settingsFile, `${JSON.stringify({ root })}\n`);
}

/* ------------------------------------------------------------ watching */

export interface WatchDeps {
  watch: (root: string, onChange: () => void) => { close(): void } | null;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const RESCAN_MS = 30_000;
export const DEBOUNCE_MS = 400;

/** Node's recursive watch where the platform has it; the periodic rescan covers the rest. */
export function nodeWatch(root: string, onChange: () => void): { close(): void } | null {
  try {
    const watcher: FSWatcher = fsWatch(root, { recursive: true }, () => onChange());
    watcher.on('error', () => watcher.close());
    return watcher;
  } catch {
    return null;
  }
}

/**
 * Tells the renderer when the folder changed: file events (debounced, since a sync engine writes
 * in bursts) and a rescan every 30 s, because file watching on synced folders misses events.
 */
export class SyncFolderWatcher {
  private watcher: { close(): void } | null = null;
  private interval: unknown = null;
  private debounce: unknown = null;

  constructor(
    private readonly deps: WatchDeps,
    private readonly notify: () => void,
  ) {}

  start(root: string): void {
    this.stop();
    this.watcher = this.deps.watch(root, () => this.soon());
    this.interval = this.deps.setInterval(() => this.notify(), RESCAN_MS);
  }

  private soon(): void {
    if (this.debounce !== null) this.deps.clearTimeout(this.debounce);
    this.debounce = this.deps.setTimeout(() => {
      this.debounce = null;
      this.notify();
    }, DEBOUNCE_MS);
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.interval !== null) this.deps.clearInterval(this.interval);
    this.interval = null;
    if (this.debounce !== null) this.deps.clearTimeout(this.debounce);
    this.debounce = null;
  }
}

/* ------------------------------------------------------------ IPC handlers */

type SyncChannel = (typeof SYNC_IPC)[keyof typeof SYNC_IPC];

export interface SyncShell {
  /** `<userData>/sync-folder.json`. */
  settingsFile: string;
  /** The native folder dialog; resolves the chosen folder or null. */
  chooseFolder: () => Promise<string | null>;
  watcher: Pick<SyncFolderWatcher, 'start' | 'stop'>;
}

/** The sync channels' handlers, registered from index.ts with the others. */
export function syncIpcHandlers(shell: SyncShell): {
  [C in SyncChannel]: (
    ...args: SyncIpcContract[C]['args']
  ) => Promise<Envelope<SyncIpcContract[C]['result']>>;
} {
  let root: string | null | undefined;
  const currentRoot = async () => {
    if (root === undefined) {
      root = await loadSyncRoot(shell.settingsFile);
      if (root) shell.watcher.start(root);
    }
    return root;
  };
  const withFolder = async <T>(
    what: string,
    run: (folder: SyncFolder) => Promise<T>,
  ): Promise<Envelope<T>> => {
    const r = await currentRoot();
    if (!r) return fail('io', 'No sync folder is chosen.');
    try {
      return ok(await run(createFsSyncFolder(r)));
    } catch (error) {
      return fail('io', `Could not ${what} in the sync folder: ${(error as Error).message}`);
    }
  };
  const status = async (): Promise<SyncFolderStatus> => ({ folder: await currentRoot() });
  return {
    'grove:sync:choose': async () => {
      const chosen = await shell.chooseFolder();
      if (!chosen || !path.isAbsolute(chosen)) return ok({ chosen: false });
      const next = syncRootFor(chosen);
      try {
        await fs.mkdir(next, { recursive: true });
        await saveSyncRoot(shell.settingsFile, next);
      } catch (error) {
        return fail('io', `Could not use that folder: ${(error as Error).message}`);
      }
      root = next;
      shell.watcher.start(next);
      return ok({ chosen: true, folder: next });
    },
    'grove:sync:status': async () => ok(await status()),
    'grove:sync:forget': async () => {
      shell.watcher.stop();
      root = null;
      await saveSyncRoot(shell.settingsFile, null);
      return ok({ folder: null });
    },
    'grove:sync:list': () => withFolder('list files', (f) => f.list()),
    'grove:sync:read': (relative) => withFolder('read a file', (f) => f.read(relative)),
    'grove:sync:write': ({ path: relative, content }) =>
      withFolder('write a file', async (f) => {
        await f.write(relative, content);
        return { written: true as const };
      }),
    'grove:sync:remove': (relative) =>
      withFolder('remove a file', async (f) => {
        await f.remove(relative);
        return { removed: true };
      }),
  };
}
