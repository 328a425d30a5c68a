import { z } from 'zod';
import {
  AUTO_BACKUP_REASONS,
  IPC,
  MAX_FILE_BYTES,
  type IpcChannel,
  type OpenFileRequest,
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
  content: z.string().max(MAX_FILE_BYTES),
  filters: z.array(fileFilterSchema).max(10),
}) satisfies z.ZodType<SaveFileRequest>;

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10),
  maxBytes: z.int().min(1).max(MAX_FILE_BYTES),
}) satisfies z.ZodType<OpenFileRequest>;

/* Automatic backups (issue 6) */

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
/* --------------------------------------------- desktop shell: menus and reminders (issue 7) */

export const reminderRequestSchema = z.strictObject({
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time (HH:MM)')
    .nullable(),
}) satisfies z.ZodType<ReminderRequest>;

const shellIpcArgSchemas = {
  [IPC.setReminder]: z.tuple([reminderRequestSchema]),
};

/** Argument schemas, by channel: the main process refuses anything that does not parse. */
export const ipcArgSchemas = {
  [IPC.appInfo]: z.tuple([]),
  [IPC.saveFile]: z.tuple([saveFileRequestSchema]),
  [IPC.openFile]: z.tuple([openFileRequestSchema]),
  // Automatic backups (issue 6)
  [IPC.backupWrite]: z.tuple([backupWriteRequestSchema]),
  [IPC.backupList]: z.tuple([]),
  [IPC.backupRead]: z.tuple([autoBackupFileNameSchema]),
  [IPC.backupReveal]: z.tuple([]),
  ...shellIpcArgSchemas,
  ...syncIpcArgSchemas,
} satisfies Record<IpcChannel, z.ZodType>;
