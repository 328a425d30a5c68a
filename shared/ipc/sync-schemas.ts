import { z } from 'zod';
import {
  SYNC_IPC,
  SYNC_MAX_FILE_BYTES,
  SYNC_REMOVABLE,
  SYNC_WRITABLE,
  type SyncWriteRequest,
} from './sync';

/* Runtime schemas for the sync channels; the main process refuses anything else. */

/** Any file name a sync engine might leave: no separators, no parent steps, nothing hidden. */
const nameSegment = /^(?!\.)(?!.*[\\/:*?"<>|\p{Cc}])[^/]{1,200}$/u;

/** A path below `Grove Sync/` that may be read: at most three levels, no `..`, no absolute path. */
export const syncReadPathSchema = z
  .string()
  .min(1)
  .max(400)
  .refine(
    (p) => {
      const parts = p.split('/');
      return parts.length <= 3 && parts.every((s) => nameSegment.test(s) && s !== '..');
    },
    { message: 'must be a file inside the sync folder' },
  );

export const syncWriteRequestSchema = z.strictObject({
  path: z.string().max(200).regex(SYNC_WRITABLE, 'must be one of Grove’s own sync files'),
  content: z.string().max(SYNC_MAX_FILE_BYTES),
}) satisfies z.ZodType<SyncWriteRequest>;

export const syncRemovePathSchema = z
  .string()
  .max(200)
  .regex(SYNC_REMOVABLE, 'must be one of this computer’s segment files');

export const syncIpcArgSchemas = {
  [SYNC_IPC.syncChoose]: z.tuple([]),
  [SYNC_IPC.syncStatus]: z.tuple([]),
  [SYNC_IPC.syncForget]: z.tuple([]),
  [SYNC_IPC.syncList]: z.tuple([]),
  [SYNC_IPC.syncRead]: z.tuple([syncReadPathSchema]),
  [SYNC_IPC.syncWrite]: z.tuple([syncWriteRequestSchema]),
  [SYNC_IPC.syncRemove]: z.tuple([syncRemovePathSchema]),
};
