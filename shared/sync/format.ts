import { z } from 'zod';
import { HLC_PATTERN } from './hlc';

/**
 * The sync folder's files. Everything lives under one `Grove Sync/` folder that the person's own
 * sync engine (Syncthing, Dropbox, iCloud Drive, OneDrive…) replicates between their computers:
 *
 *   Grove Sync/
 *     grove-sync.json                 manifest: format, version, the sync id
 *     keys.json                       the data key wrapped in key slots (opaque here), a key check
 *     devices/<deviceId>/device.json  one computer: its name and when it last synced, encrypted
 *     devices/<deviceId>/seg-000001.jsonl   its changes, append-only, sealed when full
 *     devices/<deviceId>/snap-000004-0000.jsonl  a compacted snapshot (in parts) up to segment 4
 *
 * Each computer writes only inside its own `devices/<deviceId>/`, so two computers never write
 * the same file and the sync engine has no conflict to make. Each change is encrypted and
 * authenticated on its own; the plain parts (headers, positions) say nothing about the journal.
 */

export const SYNC_FOLDER_NAME = 'Grove Sync';
export const MANIFEST_FILE = 'grove-sync.json';
export const KEYS_FILE = 'keys.json';
export const DEVICES_DIR = 'devices';
export const DEVICE_FILE = 'device.json';

export const SYNC_FORMAT_VERSION = 1;
/** The newest version of a change record this app reads. */
export const CHANGE_VERSION = 1;
/** A log segment is sealed after this many changes (or bytes) and the next one begins. */
export const SEGMENT_MAX_CHANGES = 1000;
export const SEGMENT_MAX_BYTES = 4 * 1024 * 1024;

const uuid = z.uuid({ message: 'must be a UUID' });
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO date-time' });
const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
  .max(16 * 1024 * 1024);
export const sealedBoxSchema = z.strictObject({
  /** 12-byte AES-GCM nonce, base64. */
  iv: base64.length(16),
  /** Ciphertext with its 16-byte tag, base64. */
  data: base64,
});
export type SealedBox = z.infer<typeof sealedBoxSchema>;

export const manifestSchema = z.object({
  format: z.literal('grove.sync'),
  version: z.int().min(1),
  /** Binds every encrypted record to this sync folder: a record moved from another is refused. */
  syncId: uuid,
  createdAt: instant,
});
export type SyncManifest = z.infer<typeof manifestSchema>;

export const keysFileSchema = z.object({
  format: z.literal('grove.sync-keys'),
  version: z.int().min(1),
  /**
   * The data key wrapped by the passphrase and by the recovery key (the app lock's key slots,
   * opaque to sync). A second computer unwraps one with what the person types; the data key
   * itself never travels in the clear.
   */
  slots: z.unknown(),
  /** A known text sealed with the data key: a wrong key is told apart from a damaged record. */
  check: sealedBoxSchema,
});
export type SyncKeysFile = z.infer<typeof keysFileSchema>;

export const deviceFileSchema = z.object({
  format: z.literal('grove.sync-device'),
  version: z.int().min(1),
  deviceId: uuid,
  /** `{ name, syncedAt }`, sealed: even a computer's name is private. */
  info: sealedBoxSchema,
});
export type SyncDeviceFile = z.infer<typeof deviceFileSchema>;

export const deviceInfoSchema = z.object({
  name: z.string().max(120),
  syncedAt: instant,
});
export type SyncDeviceInfo = z.infer<typeof deviceInfoSchema>;

export const SEGMENT_KINDS = ['log', 'snapshot'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** The first line of a segment file. */
export const segmentHeaderSchema = z.object({
  format: z.literal('grove.sync-segment'),
  version: z.int().min(1),
  deviceId: uuid,
  kind: z.enum(SEGMENT_KINDS),
  /** Log: its number, from 1. Snapshot: the last log segment it replaces. */
  segment: z.int().min(1),
  /** A snapshot is written in parts of at most one segment's size each (0, 1, …). */
  part: z.int().min(0).max(9999).optional(),
  createdAt: instant,
});
export type SegmentHeader = z.infer<typeof segmentHeaderSchema>;

/** Every later line: one encrypted change at its position (0, 1, 2, …) in the segment. */
export const segmentLineSchema = z.strictObject({
  p: z.int().min(0),
  ...sealedBoxSchema.shape,
});
export type SegmentLine = z.infer<typeof segmentLineSchema>;

/** The last line of a full segment: nothing follows. */
export const segmentSealSchema = z.strictObject({ sealed: z.literal(true), count: z.int().min(0) });

/** One JSON Schema document covers a segment file's three kinds of line. */
export const segmentFileLineSchema = z.union([
  segmentHeaderSchema,
  segmentLineSchema,
  segmentSealSchema,
]);

/** The plaintext of one change, after decryption. */
export const changeSchema = z.object({
  v: z.int().min(1),
  /** The table, e.g. `entries`. */
  t: z.string().min(1).max(64),
  /** The record's key (an id, or a setting's name). */
  id: z.string().min(1).max(200),
  /** Hybrid logical clock stamp. */
  h: z.string().regex(HLC_PATTERN, 'must be a clock stamp'),
  /** The device that made the change (also bound by the additional data). */
  d: uuid,
  /** The version this change was made on top of (`hlc@device`), or null: tells concurrent edits apart. */
  b: z.string().max(120).nullable(),
  /** The whole record, or null for a tombstone (the record was deleted for good). */
  r: z.record(z.string(), z.unknown()).nullable(),
});
export type SyncChange = z.infer<typeof changeSchema>;

export const stampKey = (s: { hlc: string; deviceId: string }): string => `${s.hlc}@${s.deviceId}`;

/* ---------------------------------------------------------------- file names */

const pad = (n: number) => String(n).padStart(6, '0');
export const segmentFileName = (kind: SegmentKind, n: number, part = 0) =>
  kind === 'log' ? `seg-${pad(n)}.jsonl` : `snap-${pad(n)}-${String(part).padStart(4, '0')}.jsonl`;
/** Grove's own names for segment files: `seg-000001.jsonl`, `snap-000016-0000.jsonl`. */
export const SEGMENT_FILE_NAME = /^(seg|snap)-(\d{6})(?:-(\d{4}))?\.jsonl$/;
export const devicePath = (deviceId: string, file: string) => `${DEVICES_DIR}/${deviceId}/${file}`;

/**
 * Files the sync engines make on their own, which Grove never reads: conflict copies
 * (Syncthing's `.sync-conflict-`, Dropbox's and OneDrive's "conflicted copy", Nextcloud's
 * "(conflicted copy"), temporary and partial files, and hidden files (`.stfolder`, `.DS_Store`,
 * Grove's own `.name.tmp` while it writes).
 */
export function isIgnoredFile(relativePath: string): boolean {
  const name = relativePath.split('/').pop() ?? '';
  if (name === '' || name.startsWith('.') || name.startsWith('~')) return true;
  const lower = name.toLowerCase();
  return (
    lower.includes('.sync-conflict-') ||
    lower.includes('conflicted copy') ||
    lower.includes('conflict copy') ||
    lower.endsWith('.tmp') ||
    lower.endsWith('.temp') ||
    lower.endsWith('.part') ||
    lower.endsWith('.partial') ||
    lower.endsWith('.crdownload') ||
    lower.endsWith('.download') ||
    lower.endsWith('.icloud') ||
    lower.includes('.syncthing.')
  );
}
