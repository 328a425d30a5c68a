import { z } from 'zod';
import { HLC_PATTERN } from './hlc';
import { SEGMENT_KINDS } from './format';

/**
 * Sync's own tables in the local database (schema v8). They hold clock stamps and reading
 * progress, never a copy of the journal (text that loses a concurrent edit goes into the entry's
 * history).
 */
const hlc = z.string().regex(HLC_PATTERN);

/** The current version of one record: whose change it is, and whether it still has to be written. */
export const syncStampRowSchema = z.strictObject({
  /** `table/id`. */
  key: z.string().min(3),
  table: z.string().min(1),
  id: z.string().min(1),
  hlc,
  deviceId: z.uuid(),
  /** The version this one was made on top of (`hlc@device`), or null. */
  base: z.string().nullable(),
  /** A hash of the record as stamped (null: deleted for good); a different hash is a new edit. */
  u: z.string().nullable(),
  /** 1 while this computer's change is not yet in the sync folder. */
  pending: z.union([z.literal(0), z.literal(1)]),
});
export type SyncStampRow = z.infer<typeof syncStampRowSchema>;

export const syncSegmentRowSchema = z.strictObject({
  key: z.string().min(1),
  deviceId: z.uuid(),
  kind: z.enum(SEGMENT_KINDS),
  segment: z.int().min(1),
  read: z.int().min(0),
  held: z.array(z.int().min(0)),
  sealed: z.boolean(),
});
export type SyncSegmentRow = z.infer<typeof syncSegmentRowSchema>;

export const syncStateRowSchema = z.strictObject({
  key: z.enum(['state', 'clock', 'status']),
  value: z.unknown(),
});
export type SyncStateRow = z.infer<typeof syncStateRowSchema>;
