import type { Entry } from '../../../shared/domain/records';
import { walStorage } from '../db/crypto/walStorage';
import {
  CHECKPOINT_PREFIX,
  sameDraft,
  WAL_VERSION,
  walKey,
  writeAhead,
  type BodyPatch,
  type WalRecord,
} from './wal';

/** Bodies from this many characters on are logged as a change to a checkpoint. */
export const LONG_BODY = 64_000;
/** A change bigger than this (characters) moves the checkpoint to the current text, when idle. */
const MOVE_CHECKPOINT_ABOVE = 16_000;

/**
 * One edit of the body as the editor reports it: the text from `from` to `toA` in the previous
 * body became the text from `from` to `toB` in the new one. Several edits in one update are
 * reported as the one range that covers them all.
 */
export interface BodyChange {
  from: number;
  toA: number;
  toB: number;
  /**
   * A part of the new body, read from the editor's own document: slicing the body string itself
   * would first copy the whole megabyte into one flat string.
   */
  slice?: (from: number, to: number) => string;
}

/**
 * A text known as a change to the checkpoint: equal to it before `from` and after `to`
 * (checkpoint positions). `from === to` with the checkpoint's length means the same text.
 */
interface Tracked {
  text: string;
  from: number;
  to: number;
}

interface Checkpoint {
  key: string;
  text: string;
  /** In storage: a record may refer to it. */
  written: boolean;
}

const sameAsCheckpoint = (t: Tracked, cpLength: number) =>
  t.from === t.to && t.text.length === cpLength;

type Slice = (from: number, to: number) => string;

const patchOf = (t: Tracked, cpLength: number, slice?: Slice): BodyPatch => {
  if (sameAsCheckpoint(t, cpLength)) return { from: 0, to: 0, insert: '' };
  const end = t.to + t.text.length - cpLength;
  return { from: t.from, to: t.to, insert: slice ? slice(t.from, end) : t.text.slice(t.from, end) };
};

/** Characters of the checkpoint replaced plus characters put in their place. */
const changedChars = (t: Tracked, cpLength: number) =>
  sameAsCheckpoint(t, cpLength) ? 0 : 2 * (t.to - t.from) + t.text.length - cpLength;

/**
 * `t` after `change` turned its text into `next`; null when the change does not fit (then the
 * record is written whole). The characters on both edges of the changed part are checked
 * against the checkpoint, a cheap guard against a change reported wrongly.
 */
function afterChange(
  t: Tracked,
  next: string,
  change: BodyChange,
  checkpoint: string,
): Tracked | null {
  const cpLength = checkpoint.length;
  const { from: a, toA: b, toB: c } = change;
  if (!(0 <= a && a <= b && b <= t.text.length && a <= c)) return null;
  if (next.length !== t.text.length - (b - a) + (c - a)) return null;
  const moved: Tracked = sameAsCheckpoint(t, cpLength)
    ? { text: next, from: a, to: b }
    : {
        text: next,
        from: Math.min(t.from, a),
        // Where the changed part ended in t.text, moved on past the change's end.
        to: t.to + Math.max(0, b - (t.to + t.text.length - cpLength)),
      };
  const end = moved.to + next.length - cpLength;
  const at = change.slice ?? ((from: number, to: number) => next.slice(from, to));
  if (moved.from > 0 && at(moved.from - 1, moved.from) !== checkpoint[moved.from - 1]) return null;
  if (moved.to < cpLength && at(end, end + 1) !== checkpoint[moved.to]) return null;
  return moved;
}

/** `x` as a change to `y`'s text, both known as changes to the same checkpoint. */
function relativeTo(x: Tracked, y: Tracked, cpLength: number): Tracked {
  const xSame = sameAsCheckpoint(x, cpLength);
  const ySame = sameAsCheckpoint(y, cpLength);
  if ((xSame && ySame) || x.text === y.text) return { text: x.text, from: 0, to: 0 };
  const from = Math.min(xSame ? Infinity : x.from, ySame ? Infinity : y.from);
  const to = Math.max(xSame ? -Infinity : x.to, ySame ? -Infinity : y.to);
  return { text: x.text, from, to: to + y.text.length - cpLength };
}

const idle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 50);
  return () => clearTimeout(handle);
};

/**
 * One editor's side of the write-ahead log. Every change is logged synchronously, as before; a
 * long body is logged as the change from a checkpoint copy of the text (written once, when the
 * editor is idle), so a keystroke in a megabyte writes a few bytes instead of serialising and
 * storing two megabytes (the draft and its base). The editor reports where each edit happened
 * (`BodyChange`), so finding the changed part costs nothing. When the changed part grows, or the
 * text is replaced from outside, the checkpoint moves to the current text in an idle moment: the
 * new checkpoint is stored first, then a record that refers to it, then the old one is removed,
 * so whatever reaches the disk is whole.
 */
export class DraftLog {
  private checkpoint: Checkpoint | null = null;
  private draft: Tracked | null = null;
  /** Reads parts of the draft's text from the editor (see BodyChange). */
  private draftSlice: Slice | undefined;
  /** Texts a save may make the base: the snapshots being saved, newest last. */
  private pinned: Tracked[] = [];
  /** Checkpoints replaced, removed once no record of this log refers to them. */
  private stale: string[] = [];
  /** What this log last stored under the entry's key (null: nothing of ours is there). */
  private lastRaw: string | null = null;
  /** The checkpoint that record refers to (null for a whole record). */
  private recordCheckpoint: string | null = null;
  private opened = 0;
  private lastEntry: Entry | null = null;
  private lastBase: Entry | null = null;
  private cancelIdle: (() => void) | null = null;
  private readonly session = crypto.randomUUID();
  private count = 0;
  private readonly onStorage = (event: StorageEvent) => {
    // Another window's start-up removed a checkpoint it thought closed: store it again.
    if (this.checkpoint && event.key === this.checkpoint.key && event.newValue === null)
      this.checkpoint.written = false;
  };

  constructor(
    private readonly entryId: string,
    body: string,
    private readonly storage: Storage = walStorage,
  ) {
    this.restart(body);
  }

  /** The editor is on screen: a long text's checkpoint is stored at the next idle moment. */
  open(): void {
    this.opened += 1;
    if (this.opened > 1) return;
    if (typeof window !== 'undefined') window.addEventListener('storage', this.onStorage);
    if (this.checkpoint && !this.checkpoint.written) this.later();
  }

  /**
   * The body changed from outside (another window, a merge, a restore): a long one becomes the
   * next checkpoint, stored when idle.
   */
  restart(body: string): void {
    if (this.checkpoint?.written) this.stale.push(this.checkpoint.key);
    this.checkpoint = null;
    this.draft = null;
    this.draftSlice = undefined;
    this.pinned = [];
    if (body.length < LONG_BODY) return;
    this.checkpoint = { key: this.nextKey(), text: body, written: false };
    this.draft = { text: body, from: 0, to: 0 };
    if (this.opened > 0) this.later();
  }

  /** Logs the draft now. `change` says where the body changed since the previous call. */
  write(entry: Entry, base: Entry | null, change?: BodyChange): void {
    this.track(entry.body, change);
    this.lastEntry = entry;
    this.lastBase = base;
    if (entry.body.length < LONG_BODY || !this.checkpoint || !this.draft) {
      this.writeWhole(entry, base);
      if (entry.body.length >= LONG_BODY) this.restart(entry.body);
      return;
    }
    const baseTracked = base ? this.find(base.body) : null;
    // A base text this log does not know (rare: a merge just took one), or a checkpoint that
    // cannot be stored (a full disk): the record holds every text in full.
    if ((base && !baseTracked) || (!this.checkpoint.written && !this.storeCheckpoint())) {
      this.writeWhole(entry, base);
      return;
    }
    this.storeRecord(entry, base, this.draft, baseTracked);
    if (changedChars(this.draft, this.checkpoint.text.length) > MOVE_CHECKPOINT_ABOVE) this.later();
  }

  /** The draft about to be saved: its text may become the base. */
  pin(body: string): void {
    const found = this.find(body);
    if (!found) return;
    this.pinned = [...this.pinned.slice(-1), found];
  }

  /** Removes the record, but only if it is ours and holds exactly what was saved. */
  clear(saved: Entry): void {
    if (this.lastRaw === null || !this.lastEntry || !sameDraft(this.lastEntry, saved)) return;
    const key = walKey(this.entryId);
    try {
      if (this.storage.getItem(key) === this.lastRaw) this.storage.removeItem(key);
    } catch {
      return; // Unreadable now (locked): left for start-up.
    }
    this.lastRaw = null;
    this.recordCheckpoint = null;
    this.dropStale();
  }

  /** The editor is gone: its checkpoints go too, unless a record left in the log needs one. */
  dispose(): void {
    this.opened = Math.max(0, this.opened - 1);
    if (this.opened > 0) return;
    this.cancelIdle?.();
    this.cancelIdle = null;
    if (typeof window !== 'undefined') window.removeEventListener('storage', this.onStorage);
    const cp = this.checkpoint;
    if (cp?.written && cp.key !== this.recordCheckpoint) {
      this.storage.removeItem(cp.key);
      cp.written = false;
    }
    this.dropStale();
  }

  /** Stores the checkpoint now (normally done when idle). */
  storeCheckpointNow(): void {
    this.cancelIdle?.();
    this.cancelIdle = null;
    this.moveCheckpoint();
  }

  private nextKey(): string {
    this.count += 1;
    return `${CHECKPOINT_PREFIX}${this.entryId}:${this.session}:${this.count}`;
  }

  private track(body: string, change: BodyChange | undefined): void {
    if (!this.checkpoint || !this.draft) return;
    if (this.draft.text === body) return;
    this.draft = change ? afterChange(this.draft, body, change, this.checkpoint.text) : null;
    this.draftSlice = change?.slice;
  }

  private find(body: string): Tracked | null {
    if (!this.checkpoint) return null;
    const cp = this.checkpoint.text;
    for (const t of [this.draft, ...this.pinned]) if (t && t.text === body) return t;
    return body === cp ? { text: cp, from: 0, to: 0 } : null;
  }

  private writeWhole(entry: Entry, base: Entry | null): void {
    this.lastRaw = writeAhead(entry, base, this.storage);
    this.recordCheckpoint = null;
    this.dropStale();
  }

  private storeCheckpoint(): boolean {
    const cp = this.checkpoint!;
    try {
      this.storage.setItem(cp.key, cp.text);
      cp.written = true;
      return true;
    } catch {
      return false; // Full: records stay whole until the checkpoint can be stored.
    }
  }

  private storeRecord(entry: Entry, base: Entry | null, body: Tracked, baseBody: Tracked | null) {
    const cpLength = this.checkpoint!.text.length;
    const record: WalRecord = {
      v: WAL_VERSION,
      writtenAt: new Date().toISOString(),
      entry: { ...entry, body: '' },
      base: base ? { ...base, body: '' } : null,
      checkpoint: this.checkpoint!.key,
      body: patchOf(body, cpLength, body === this.draft ? this.draftSlice : undefined),
      baseBody: baseBody
        ? patchOf(baseBody, cpLength, baseBody === this.draft ? this.draftSlice : undefined)
        : null,
    };
    try {
      const raw = JSON.stringify(record);
      this.storage.setItem(walKey(entry.id), raw);
      this.lastRaw = raw;
      this.recordCheckpoint = record.checkpoint!;
      this.dropStale();
    } catch {
      // Storage full or unavailable: the Dexie save still runs, as with a whole record.
    }
  }

  private later(): void {
    if (this.cancelIdle) return;
    this.cancelIdle = idle(() => {
      this.cancelIdle = null;
      this.moveCheckpoint();
    });
  }

  /**
   * Makes the current text the checkpoint: the base and the pinned texts are re-expressed
   * against it, the checkpoint is stored, then the record (if one of ours is in the log).
   */
  private moveCheckpoint(): void {
    const old = this.checkpoint;
    const draft = this.draft;
    if (!old || !draft || draft.text.length < LONG_BODY) return;
    if (sameAsCheckpoint(draft, old.text.length) && old.written) return;
    const cpLength = old.text.length;
    const next: Checkpoint = sameAsCheckpoint(draft, cpLength)
      ? old
      : { key: this.nextKey(), text: draft.text, written: false };
    if (next !== old) {
      const base = this.lastBase ? this.find(this.lastBase.body) : null;
      const keep = base && !this.pinned.includes(base) ? [...this.pinned, base] : this.pinned;
      this.pinned = keep.slice(-3).map((t) => relativeTo(t, draft, cpLength));
      this.checkpoint = next;
      if (old.written) this.stale.push(old.key);
    }
    const current: Tracked = { text: draft.text, from: 0, to: 0 };
    this.draft = current;
    if (!this.storeCheckpoint()) return;
    if (this.lastRaw !== null && this.lastEntry?.body === draft.text) {
      const baseTracked = this.lastBase ? this.find(this.lastBase.body) : null;
      if (!this.lastBase || baseTracked)
        this.storeRecord(this.lastEntry, this.lastBase, current, baseTracked);
    } else {
      this.dropStale();
    }
  }

  /** Removes replaced checkpoints once the log's record no longer refers to them. */
  private dropStale(): void {
    if (this.stale.length === 0) return;
    this.stale = this.stale.filter((key) => {
      if (key === this.recordCheckpoint) return true;
      this.storage.removeItem(key);
      return false;
    });
  }
}
