import { z } from 'zod';
import {
  AUTO_BACKUP_REASONS,
  IPC,
  MAX_FILE_BYTES,
  type IpcChannel,
  type OpenFileRequest,
  type OpenFilesRequest,
  type ReminderRequest,
  type SaveFileRequest,
} from './contract';
import { syncIpcArgSchemas } from './sync-schemas';

const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});

export const saveFileRequestSchema = z.strictObject({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine(
      (n) => !/[\\/\0]/.test(n) && n !== '.' && n !== '..',
      'must be a file name, not a path',
    ),
  content: z.union([
    z.string().max(MAX_FILE_BYTES),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, 'is too large'),
  ]),
  filters: z.array(fileFilterSchema).max(10),
}) satisfies z.ZodType<SaveFileRequest>;

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10),
  maxBytes: z.int().min(1).max(MAX_FILE_BYTES),
}) satisfies z.ZodType<OpenFileRequest>;

/* ------------------------------------------------------------------ backups */

/** The names the main process gives automatic backups; nothing else can be read back. */
export const AUTO_BACKUP_FILE_NAME =
  /^grove-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(daily|scheduled|before-migration|before-restore|before-merge)\.json$/;

export const backupWriteRequestSchema = z.strictObject({
  content: z.string().min(1).max(MAX_FILE_BYTES),
  reason: z.enum(AUTO_BACKUP_REASONS),
});

export const autoBackupFileNameSchema = z
  .string()
  .max(120)
  .regex(AUTO_BACKUP_FILE_NAME, 'must be the name of an automatic backup');
/* ---------------------------------------------------------------- reminders */

export const reminderRequestSchema = z.strictObject({
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time (HH:MM)')
    .nullable(),
}) satisfies z.ZodType<ReminderRequest>;

/* journal files: several at once, as bytes (imports) */
export const openFilesRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10),
  multiple: z.boolean(),
  maxBytes: z.int().min(1).max(MAX_FILE_BYTES),
}) satisfies z.ZodType<OpenFilesRequest>;

/** Argument schemas, by channel: the main process refuses anything that does not parse. */
export const ipcArgSchemas = {
  // app
  [IPC.appInfo]: z.tuple([]),
  // files
  [IPC.saveFile]: z.tuple([saveFileRequestSchema]),
  [IPC.openFile]: z.tuple([openFileRequestSchema]),
  // backups
  [IPC.backupWrite]: z.tuple([backupWriteRequestSchema]),
  [IPC.backupList]: z.tuple([]),
  [IPC.backupRead]: z.tuple([autoBackupFileNameSchema]),
  [IPC.backupReveal]: z.tuple([]),
  // reminders
  [IPC.setReminder]: z.tuple([reminderRequestSchema]),
  [IPC.openFiles]: z.tuple([openFilesRequestSchema]),
  ...syncIpcArgSchemas,
} satisfies Record<IpcChannel, z.ZodType>;
