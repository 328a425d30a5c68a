import type { SegmentKind, SyncChange } from './format';

/**
 * What the sync core needs from the local database. The renderer's repository implements it
 * (renderer/src/db/repo/sync.ts) over Dexie; the core stays free of storage code.
 */
export interface LocalSyncState {
  syncId: string;
  deviceId: string;
  deviceName: string;
  /** This computer's open log segment. */
  segment: number;
  /** The last own log segment folded into a snapshot (0: none). */
  snapshot: number;
  lastSyncAt: string | null;
}

/** One of this computer's changes, to be written to the folder. */
export interface OwnChange {
  table: string;
  id: string;
  hlc: string;
  base: string | null;
  record: Record<string, unknown> | null;
}

/** One decrypted change from another computer, with where it was read. */
export interface IncomingChange {
  change: SyncChange;
  segmentKey: string;
  position: number;
}

/** How far a segment of another computer has been read; positions below `read` are done. */
export interface SegmentProgress {
  key: string;
  deviceId: string;
  kind: SegmentKind;
  segment: number;
  read: number;
  /** Positions not applied (a newer app version's, or failing authentication): retried each sync. */
  held: number[];
  /** Sealed and read to its end: never read again (unless something is held). */
  sealed: boolean;
}

export interface ApplyOutcome {
  applied: number;
  /** Changes older than what is here (or duplicates): nothing to do. */
  superseded: number;
  /** Losing text kept in the entry's history. */
  preserved: number;
  invalid: { table: string; id: string; message: string }[];
}

export interface SyncStore {
  /** Starts sync here: every record now in the database becomes this computer's change. */
  begin(state: LocalSyncState): Promise<void>;
  getState(): Promise<LocalSyncState | null>;
  putState(state: LocalSyncState): Promise<void>;
  /** Own changes not yet written to the folder, oldest first. */
  pendingChanges(limit: number): Promise<OwnChange[]>;
  pendingCount(): Promise<number>;
  /** Marks these as written, unless the record changed again meanwhile. */
  markWritten(changes: readonly OwnChange[]): Promise<void>;
  /** Every record whose current version is this computer's, for a compacted snapshot. */
  ownSnapshot(): Promise<OwnChange[]>;
  /** How many records' current version is this computer's (cheap: an index count). */
  ownCount(): Promise<number>;
  progress(): Promise<Map<string, SegmentProgress>>;
  /** Applies changes record by record in one transaction, and saves the progress with them. */
  applyBatch(
    changes: readonly IncomingChange[],
    progress: readonly SegmentProgress[],
  ): Promise<ApplyOutcome>;
  /** Saves progress alone (for positions skipped without a change to apply). */
  saveProgress(progress: readonly SegmentProgress[]): Promise<void>;
}
