import { z } from 'zod';
import { keySlotSchema } from '../../../../shared/formats/encrypted-backup';
import type { KeySlot } from './keyslots';
import type { EncryptionMode } from './session';

/** Where a conversion (encrypting or decrypting) stands, so a reload resumes at the next batch. */
export interface ConversionProgress {
  /** The table being converted now; tables go in name order. */
  table: string;
  /** The last primary key converted in that table, or null when none yet. */
  after: string | null;
  /** Records converted so far, over all tables. */
  done: number;
}

/** Rows of the `privacy` table (schema v4). */
export type PrivacyRow =
  | {
      id: 'state';
      mode: EncryptionMode;
      progress: ConversionProgress | null;
      updatedAt: string;
    }
  | { id: 'slot:passphrase' | 'slot:recovery'; slot: KeySlot; updatedAt: string }
  | { id: 'prefs'; autoLockMinutes: number; updatedAt: string };

export const DEFAULT_AUTO_LOCK_MINUTES = 15;

const isoDateTime = z.iso.datetime({ offset: true });

/** The runtime shape of every row (the migration test checks stored rows against it). */
export const privacyRowSchema = z.discriminatedUnion('id', [
  z.strictObject({
    id: z.literal('state'),
    mode: z.enum(['off', 'encrypting', 'on', 'decrypting']),
    progress: z
      .strictObject({ table: z.string(), after: z.string().nullable(), done: z.int().min(0) })
      .nullable(),
    updatedAt: isoDateTime,
  }),
  z.strictObject({ id: z.literal('slot:passphrase'), slot: keySlotSchema, updatedAt: isoDateTime }),
  z.strictObject({ id: z.literal('slot:recovery'), slot: keySlotSchema, updatedAt: isoDateTime }),
  z.strictObject({
    id: z.literal('prefs'),
    autoLockMinutes: z.int().min(0).max(1440),
    updatedAt: isoDateTime,
  }),
]);
