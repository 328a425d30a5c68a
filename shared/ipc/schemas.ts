import { z } from 'zod';
import {
  IPC,
  MAX_FILE_BYTES,
  type IpcChannel,
  type OpenFileRequest,
  type ReminderRequest,
  type SaveFileRequest,
} from './contract';

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
  ...shellIpcArgSchemas,
} satisfies Record<IpcChannel, z.ZodType>;
