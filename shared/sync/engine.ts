import {
  CHANGE_VERSION,
  DEVICE_FILE,
  DEVICES_DIR,
  KEYS_FILE,
  MANIFEST_FILE,
  SEGMENT_MAX_BYTES,
  SEGMENT_MAX_CHANGES,
  SYNC_FORMAT_VERSION,
  changeSchema,
  deviceFileSchema,
  deviceInfoSchema,
  devicePath,
  isIgnoredFile,
  keysFileSchema,
  manifestSchema,
  segmentFileName,
  SEGMENT_FILE_NAME,
  segmentHeaderSchema,
  segmentSealSchema,
  type SegmentHeader,
  type SegmentKind,
  type SyncKeysFile,
  type SyncManifest,
} from './format';
import {
  KEY_CHECK_TEXT,
  deviceInfoAad,
  importSyncKey,
  keyCheckAad,
  open,
  recordAad,
  seal,
  type CryptoKey,
  type SyncKey,
} from './crypto';
import type { SyncFolder } from './folder';
import { PROBLEM_TEXT, type SyncProblem } from './problems';
import type {
  IncomingChange,
  LocalSyncState,
  OwnChange,
  SegmentProgress,
  SyncStore,
} from './store';

export interface SyncOptions {
  now?: () => Date;
  segmentMaxChanges?: number;
  /** Own sealed log segments kept before they are folded into a snapshot. */
  compactAfter?: number;
  /** …and only once the log holds this many times more changes than the snapshot would. */
  compactRatio?: number;
  /** Changes applied per transaction; the engine yields between batches so typing stays smooth. */
  batchSize?: number;
  /** Called between batches (the renderer gives the main thread back here). */
  yieldBetweenBatches?: () => Promise<void>;
}

export interface SeenDevice {
  deviceId: string;
  name: string;
  syncedAt: string;
}

export interface SyncReport {
  ok: boolean;
  applied: number;
  written: number;
  preserved: number;
  /** Own changes not yet written, plus changes held for a newer version. */
  waiting: number;
  devices: SeenDevice[];
  problems: SyncProblem[];
  finishedAt: string;
}

const DEVICE_REFRESH_MS = 15 * 60_000;

const SEGMENT_KEY = (deviceId: string, kind: SegmentKind, segment: number, part = 0) =>
  kind === 'log' ? `${deviceId}:log:${segment}` : `${deviceId}:snapshot:${segment}.${part}`;

/* ---------------------------------------------------------------- set-up */

/** Creates the manifest and the key file in an empty sync folder (first computer). */
export async function createSyncFolder(
  folder: SyncFolder,
  key: SyncKey,
  slots: unknown,
  now: Date = new Date(),
): Promise<SyncManifest> {
  const manifest: SyncManifest = {
    format: 'grove.sync',
    version: SYNC_FORMAT_VERSION,
    syncId: globalThis.crypto.randomUUID(),
    createdAt: now.toISOString(),
  };
  const cryptoKey = await importSyncKey(key);
  const keys: SyncKeysFile = {
    format: 'grove.sync-keys',
    version: SYNC_FORMAT_VERSION,
    slots,
    check: await seal(cryptoKey, KEY_CHECK_TEXT, keyCheckAad(manifest.syncId)),
  };
  // The key file first: a folder whose manifest exists always has its keys beside it.
  await folder.write(KEYS_FILE, `${JSON.stringify(keys, null, 2)}\n`);
  await folder.write(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export type OpenFolderResult =
  { ok: true; manifest: SyncManifest; slots: unknown } | { ok: false; problem: SyncProblem };

/** Reads the manifest and key file, and proves the key opens this folder. */
export async function openSyncFolder(folder: SyncFolder, key: SyncKey): Promise<OpenFolderResult> {
  const manifestText = await folder.read(MANIFEST_FILE);
  const keysText = await folder.read(KEYS_FILE);
  if (manifestText === null) {
    return {
      ok: false,
      problem: { code: 'not-set-up', message: 'This folder holds no Grove sync yet.' },
    };
  }
  if (keysText === null) {
    return { ok: false, problem: { code: 'not-arrived', message: PROBLEM_TEXT.notArrived } };
  }
  const manifest = manifestSchema.safeParse(safeJson(manifestText));
  const keys = keysFileSchema.safeParse(safeJson(keysText));
  if (!manifest.success || !keys.success) {
    return {
      ok: false,
      problem: { code: 'not-arrived', message: PROBLEM_TEXT.notArrived, file: MANIFEST_FILE },
    };
  }
  if (manifest.data.version > SYNC_FORMAT_VERSION || keys.data.version > SYNC_FORMAT_VERSION) {
    return { ok: false, problem: { code: 'newer-version', message: PROBLEM_TEXT.newerVersion } };
  }
  const cryptoKey = await importSyncKey(key);
  const check = await open(cryptoKey, keys.data.check, keyCheckAad(manifest.data.syncId));
  if (check !== KEY_CHECK_TEXT) {
    return { ok: false, problem: { code: 'wrong-key', message: PROBLEM_TEXT.wrongKey } };
  }
  return { ok: true, manifest: manifest.data, slots: keys.data.slots };
}

/** Reads only the key slots, so a second computer can unwrap the data key before it joins. */
export async function readKeySlots(folder: SyncFolder): Promise<unknown> {
  const text = await folder.read(KEYS_FILE);
  const parsed = keysFileSchema.safeParse(text === null ? null : safeJson(text));
  return parsed.success ? parsed.data.slots : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/* ---------------------------------------------------------------- engine */

/**
 * One computer's side of sync: writes its own changes to its own segment files, reads every
 * other computer's segments, and hands what it reads to the store in batches. Runs are
 * serialised: "Sync now" during a run waits for it.
 */
export class SyncEngine {
  private running: Promise<SyncReport> | null = null;
  private deviceWrittenAt = Number.NEGATIVE_INFINITY;
  private readonly opts: Required<SyncOptions>;

  constructor(
    private readonly folder: SyncFolder,
    private readonly store: SyncStore,
    private readonly key: SyncKey,
    options: SyncOptions = {},
  ) {
    this.opts = {
      now: options.now ?? (() => new Date()),
      segmentMaxChanges: options.segmentMaxChanges ?? SEGMENT_MAX_CHANGES,
      compactAfter: options.compactAfter ?? 16,
      compactRatio: options.compactRatio ?? 2,
      batchSize: options.batchSize ?? 250,
      yieldBetweenBatches: options.yieldBetweenBatches ?? (() => Promise.resolve()),
    };
  }

  /** Pushes, then pulls. Concurrent calls share the run in progress, then run once more. */
  sync(): Promise<SyncReport> {
    const previous = this.running;
    const run = (async () => {
      if (previous) await previous.catch(() => undefined);
      return this.runOnce();
    })();
    this.running = run;
    void run.finally(() => {
      if (this.running === run) this.running = null;
    });
    return run;
  }

  private async runOnce(): Promise<SyncReport> {
    const problems: SyncProblem[] = [];
    const report = (extra: Partial<SyncReport>): SyncReport => ({
      ok: problems.length === 0,
      applied: 0,
      written: 0,
      preserved: 0,
      waiting: 0,
      devices: [],
      problems,
      finishedAt: this.opts.now().toISOString(),
      ...extra,
    });
    const state = await this.store.getState();
    if (!state) {
      problems.push({ code: 'not-set-up', message: 'Sync is not set up on this computer.' });
      return report({});
    }
    const opened = await openSyncFolder(this.folder, this.key);
    if (!opened.ok) {
      problems.push(opened.problem);
      return report({ waiting: await this.store.pendingCount() });
    }
    if (opened.manifest.syncId !== state.syncId) {
      problems.push({ code: 'wrong-key', message: PROBLEM_TEXT.wrongKey });
      return report({});
    }
    const key = await importSyncKey(this.key);

    const written = await this.push(state, key);
    const files = await this.folder.list();
    const devices = await this.readDevices(files, state, key);
    const pulled = await this.pull(files, state, key, problems);
    // "Last synced" for the other computers: refreshed with every write, and at least every
    // 15 minutes while this computer syncs, without churning the folder on every run.
    const nowMs = this.opts.now().getTime();
    if (
      written > 0 ||
      !files.includes(devicePath(state.deviceId, DEVICE_FILE)) ||
      nowMs - this.deviceWrittenAt >= DEVICE_REFRESH_MS
    ) {
      await this.writeDevice(state, key);
      this.deviceWrittenAt = nowMs;
    }
    await this.compact(files, state, key);
    state.lastSyncAt = this.opts.now().toISOString();
    await this.store.putState(state);
    return report({
      applied: pulled.applied,
      preserved: pulled.preserved,
      written,
      waiting: (await this.store.pendingCount()) + pulled.held,
      devices,
    });
  }

  /* ------------------------------------------------------------- writing */

  private async push(state: LocalSyncState, key: CryptoKey): Promise<number> {
    let written = 0;
    for (;;) {
      const pending = await this.store.pendingChanges(this.opts.segmentMaxChanges);
      if (pending.length === 0) return written;
      await this.appendOwn(state, key, pending);
      await this.store.markWritten(pending);
      written += pending.length;
    }
  }

  /**
   * Appends changes to the open segment, sealing it and starting the next when full. The position
   * of the next change is read from the file itself, so a crash between writing the file and
   * saving the state never writes two changes at one position.
   */
  private async appendOwn(state: LocalSyncState, key: CryptoKey, changes: readonly OwnChange[]) {
    const queue = [...changes];
    while (queue.length > 0) {
      const path = devicePath(state.deviceId, segmentFileName('log', state.segment));
      const existing = await this.folder.read(path);
      const parsed = existing === null ? null : parseSegment(existing);
      if (parsed && (parsed.sealed || parsed.header.deviceId !== state.deviceId)) {
        state.segment += 1;
        continue;
      }
      let text =
        parsed && existing
          ? existing.slice(0, parsed.completeLength)
          : `${JSON.stringify(this.header(state, 'log', state.segment))}\n`;
      let position = parsed ? parsed.lines.length : 0;
      while (
        queue.length > 0 &&
        position < this.opts.segmentMaxChanges &&
        text.length < SEGMENT_MAX_BYTES
      ) {
        const change = queue.shift()!;
        text += await this.line(state, key, 'log', state.segment, position, change);
        position += 1;
      }
      const full = position >= this.opts.segmentMaxChanges || text.length >= SEGMENT_MAX_BYTES;
      if (full) text += `${JSON.stringify({ sealed: true, count: position })}\n`;
      await this.folder.write(path, text);
      if (full) state.segment += 1;
    }
    await this.store.putState(state);
  }

  private header(
    state: LocalSyncState,
    kind: SegmentKind,
    segment: number,
    part?: number,
  ): SegmentHeader {
    return {
      format: 'grove.sync-segment',
      version: SYNC_FORMAT_VERSION,
      deviceId: state.deviceId,
      kind,
      segment,
      ...(part === undefined ? {} : { part }),
      createdAt: this.opts.now().toISOString(),
    };
  }

  private async line(
    state: LocalSyncState,
    key: CryptoKey,
    kind: SegmentKind,
    segment: number,
    position: number,
    change: OwnChange,
    part = 0,
  ): Promise<string> {
    const plaintext = JSON.stringify({
      v: CHANGE_VERSION,
      t: change.table,
      id: change.id,
      h: change.hlc,
      d: state.deviceId,
      b: change.base,
      r: change.record,
    });
    const box = await seal(
      key,
      plaintext,
      recordAad(state.syncId, state.deviceId, kind, segment, position, part),
    );
    return `${JSON.stringify({ p: position, ...box })}\n`;
  }

  private async writeDevice(state: LocalSyncState, key: CryptoKey): Promise<void> {
    const info = JSON.stringify({
      name: state.deviceName,
      syncedAt: this.opts.now().toISOString(),
    });
    const file = {
      format: 'grove.sync-device',
      version: SYNC_FORMAT_VERSION,
      deviceId: state.deviceId,
      info: await seal(key, info, deviceInfoAad(state.syncId, state.deviceId)),
    };
    await this.folder.write(devicePath(state.deviceId, DEVICE_FILE), `${JSON.stringify(file)}\n`);
  }

  /**
   * Folds this computer's sealed log segments into a snapshot of its current changes (in parts of
   * one segment's size), once most of the log is superseded; only when every part is written and
   * read back complete are the segments it replaces removed. Never another computer's files.
   */
  private async compact(files: readonly string[], state: LocalSyncState, key: CryptoKey) {
    const sealedCount = state.segment - 1 - state.snapshot;
    if (sealedCount < this.opts.compactAfter) return;
    if ((await this.store.pendingCount()) > 0) return;
    // Right after a first upload the log is the snapshot: rewriting it would gain nothing.
    const own = await this.store.ownCount();
    if (sealedCount * this.opts.segmentMaxChanges < this.opts.compactRatio * own) return;
    const covers = state.segment - 1;
    const records = await this.store.ownSnapshot();
    const size = this.opts.segmentMaxChanges;
    const written: { path: string; count: number }[] = [];
    for (let part = 0; part === 0 || part * size < records.length; part++) {
      const slice = records.slice(part * size, (part + 1) * size);
      let text = `${JSON.stringify(this.header(state, 'snapshot', covers, part))}\n`;
      for (let from = 0; from < slice.length; from += 256) {
        const lines = await Promise.all(
          slice
            .slice(from, from + 256)
            .map((r, i) => this.line(state, key, 'snapshot', covers, from + i, r, part)),
        );
        text += lines.join('');
      }
      text += `${JSON.stringify({ sealed: true, count: slice.length })}\n`;
      const path = devicePath(state.deviceId, segmentFileName('snapshot', covers, part));
      await this.folder.write(path, text);
      written.push({ path, count: slice.length });
    }
    // Read back before removing anything: only a complete snapshot replaces segments.
    for (const { path, count } of written) {
      const back = await this.folder.read(path);
      const check = back === null ? null : parseSegment(back);
      if (!check || !check.sealed || check.lines.length !== count) return;
    }
    const keep = new Set(written.map((w) => w.path));
    const prefix = `${DEVICES_DIR}/${state.deviceId}/`;
    for (const file of files) {
      if (!file.startsWith(prefix) || keep.has(file)) continue;
      const m = SEGMENT_FILE_NAME.exec(file.slice(prefix.length));
      if (m && Number(m[2]) <= covers) await this.folder.remove(file);
    }
    state.snapshot = covers;
    await this.store.putState(state);
  }

  /* ------------------------------------------------------------- reading */

  private async readDevices(files: readonly string[], state: LocalSyncState, key: CryptoKey) {
    const seen = new Map<string, SeenDevice>();
    for (const file of files) {
      if (
        isIgnoredFile(file) ||
        !file.startsWith(`${DEVICES_DIR}/`) ||
        !file.endsWith(`/${DEVICE_FILE}`)
      ) {
        continue;
      }
      const text = await this.folder.read(file);
      const parsed = deviceFileSchema.safeParse(text === null ? null : safeJson(text));
      if (!parsed.success || parsed.data.deviceId === state.deviceId) continue;
      const plain = await open(
        key,
        parsed.data.info,
        deviceInfoAad(state.syncId, parsed.data.deviceId),
      );
      const info = deviceInfoSchema.safeParse(plain === null ? null : safeJson(plain));
      if (!info.success) continue;
      const before = seen.get(parsed.data.deviceId);
      if (!before || before.syncedAt < info.data.syncedAt) {
        seen.set(parsed.data.deviceId, { deviceId: parsed.data.deviceId, ...info.data });
      }
    }
    return [...seen.values()].sort((a, b) => b.syncedAt.localeCompare(a.syncedAt));
  }

  private async pull(
    files: readonly string[],
    state: LocalSyncState,
    key: CryptoKey,
    problems: SyncProblem[],
  ): Promise<{ applied: number; preserved: number; held: number }> {
    const progress = await this.store.progress();
    let applied = 0;
    let preserved = 0;
    let newerVersion = false;
    let batch: IncomingChange[] = [];
    const touched = new Map<string, SegmentProgress>();
    const flush = async () => {
      if (batch.length === 0 && touched.size === 0) return;
      const outcome = await this.store.applyBatch(batch, [...touched.values()]);
      applied += outcome.applied;
      preserved += outcome.preserved;
      for (const bad of outcome.invalid) {
        problems.push({
          code: 'invalid-change',
          message: PROBLEM_TEXT.invalidChange(`${bad.table} ${bad.id}: ${bad.message}`),
        });
      }
      batch = [];
      touched.clear();
      await this.opts.yieldBetweenBatches();
    };

    // Sorted so segments are read in order whatever order the folder lists them in.
    const candidates = files
      .filter((f) => f.startsWith(`${DEVICES_DIR}/`) && !isIgnoredFile(f) && f.endsWith('.jsonl'))
      .sort();
    for (const file of candidates) {
      // A sealed segment read to its end is never read again (found by its usual name; a
      // renamed copy is read, and changes nothing).
      const parts = file.split('/');
      const named = parts.length === 3 ? SEGMENT_FILE_NAME.exec(parts[2]!) : null;
      if (named) {
        if (parts[1] === state.deviceId) continue;
        const kind = named[1] === 'seg' ? 'log' : 'snapshot';
        const known = progress.get(
          SEGMENT_KEY(parts[1]!, kind, Number(named[2]), Number(named[3] ?? 0)),
        );
        if (known?.sealed && known.held.length === 0) continue;
      }
      const text = await this.folder.read(file);
      if (text === null) continue;
      const parsed = parseSegment(text);
      if (!parsed) continue; // header not arrived yet, or not a segment
      const { header } = parsed;
      if (header.deviceId === state.deviceId) continue;
      if (header.version > SYNC_FORMAT_VERSION) {
        newerVersion = true;
        continue;
      }
      const part = header.part ?? 0;
      const segKey = SEGMENT_KEY(header.deviceId, header.kind, header.segment, part);
      const prog: SegmentProgress = {
        ...(progress.get(segKey) ?? {
          key: segKey,
          deviceId: header.deviceId,
          kind: header.kind,
          segment: header.segment,
          read: 0,
          held: [],
          sealed: false,
        }),
      };
      const retry = new Set(prog.held);
      const todo: number[] = [];
      let intact = 0;
      for (const [index, line] of parsed.lines.entries()) {
        if (line.p !== index) break; // a damaged or spliced file: read no further
        intact = index + 1;
        if (index >= prog.read || retry.has(index)) todo.push(index);
      }
      const nextHeld: number[] = [];
      for (let from = 0; from < todo.length; from += this.opts.batchSize) {
        const chunk = todo.slice(from, from + this.opts.batchSize);
        // Decrypted side by side: WebCrypto works off the main thread.
        const plains = await Promise.all(
          chunk.map((index) =>
            open(
              key,
              parsed.lines[index]!,
              recordAad(state.syncId, header.deviceId, header.kind, header.segment, index, part),
            ),
          ),
        );
        for (const [n, index] of chunk.entries()) {
          const plain = plains[n]!;
          const json = plain === null ? null : safeJson(plain);
          const version = (json as { v?: unknown } | null)?.v;
          if (plain === null) {
            // Reported, skipped, and tried again on every sync: a copy damaged on the way may
            // still arrive intact later.
            problems.push({
              code: 'auth-failed',
              message: PROBLEM_TEXT.authFailed(file, index),
              file,
              position: index,
            });
            nextHeld.push(index);
          } else if (typeof version === 'number' && version > CHANGE_VERSION) {
            // Kept for a newer Grove: read again on every sync, applied once this app can.
            nextHeld.push(index);
            newerVersion = true;
          } else {
            const change = changeSchema.safeParse(json);
            if (!change.success || change.data.d !== header.deviceId) {
              if (index >= prog.read) {
                problems.push({
                  code: 'invalid-change',
                  message: PROBLEM_TEXT.invalidChange(`${file}, position ${index}`),
                  file,
                  position: index,
                });
              }
            } else {
              batch.push({ change: change.data, segmentKey: segKey, position: index });
            }
          }
          if (index >= prog.read) prog.read = index + 1;
        }
        const last = chunk[chunk.length - 1]!;
        prog.held = [...new Set([...nextHeld, ...prog.held.filter((p) => p > last)])];
        touched.set(segKey, { ...prog });
        progress.set(segKey, { ...prog });
        if (batch.length >= this.opts.batchSize) await flush();
      }
      prog.held = nextHeld;
      prog.sealed = parsed.sealed && intact === parsed.lines.length && prog.read >= intact;
      touched.set(segKey, { ...prog });
      progress.set(segKey, { ...prog });
    }
    await flush();
    if (newerVersion) problems.push({ code: 'newer-version', message: PROBLEM_TEXT.newerVersion });
    let held = 0;
    for (const p of progress.values()) held += p.held.length;
    return { applied, preserved, held };
  }
}

/* --------------------------------------------------------------- parsing */

export interface ParsedSegment {
  header: SegmentHeader;
  lines: { p: number; iv: string; data: string }[];
  sealed: boolean;
  /** Length of the text up to the last complete line (a torn tail is "not yet arrived"). */
  completeLength: number;
}

/**
 * Reads a segment file as far as it has arrived: complete lines only (a line is complete when
 * its newline has arrived and it parses), stopping at the first line that is not.
 */
/** The shape of `segmentLineSchema`, checked by hand: thousands of lines are read per sync. */
function isLine(json: unknown): json is ParsedSegment['lines'][number] {
  if (typeof json !== 'object' || json === null) return false;
  const l = json as Record<string, unknown>;
  return (
    Number.isInteger(l['p']) &&
    typeof l['iv'] === 'string' &&
    typeof l['data'] === 'string' &&
    Object.keys(l).length === 3
  );
}

export function parseSegment(text: string): ParsedSegment | null {
  let start = 0;
  let header: SegmentHeader | null = null;
  const lines: ParsedSegment['lines'] = [];
  let sealed = false;
  let completeLength = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    const json = safeJson(text.slice(start, end));
    if (header === null) {
      const h = segmentHeaderSchema.safeParse(json);
      if (!h.success) return null;
      header = h.data;
    } else if (isLine(json)) {
      lines.push(json);
    } else if (segmentSealSchema.safeParse(json).success) {
      sealed = true;
      completeLength = end + 1;
      break;
    } else {
      break;
    }
    completeLength = end + 1;
    start = end + 1;
  }
  return header ? { header, lines, sealed, completeLength } : null;
}

/* ---------------------------------------------------------------- joining */

export type SetUpResult = { ok: true; state: LocalSyncState } | { ok: false; problem: SyncProblem };

/**
 * Sets up sync on this computer: in an empty folder it creates the manifest and key file; in a
 * folder another computer made, it proves the key first. Only then is anything stamped, so a
 * wrong key changes nothing here.
 */
export async function setUpSync(options: {
  folder: SyncFolder;
  store: SyncStore;
  key: SyncKey;
  /** The app lock's key slots, stored beside the manifest for the next computer (opaque). */
  slots: unknown;
  deviceName: string;
  now?: Date;
}): Promise<SetUpResult> {
  const { folder, store, key } = options;
  let opened = await openSyncFolder(folder, key);
  if (!opened.ok && opened.problem.code === 'not-set-up') {
    await createSyncFolder(folder, key, options.slots, options.now);
    opened = await openSyncFolder(folder, key);
  }
  if (!opened.ok) return opened;
  const state: LocalSyncState = {
    syncId: opened.manifest.syncId,
    deviceId: globalThis.crypto.randomUUID(),
    deviceName: options.deviceName,
    segment: 1,
    snapshot: 0,
    lastSyncAt: null,
  };
  await store.begin(state);
  return { ok: true, state };
}
