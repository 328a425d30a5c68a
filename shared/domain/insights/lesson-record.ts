import { z } from 'zod';
import { baseRecordShape, idSchema, isoDateSchema } from '../records';
import { LESSON_ANSWERS, LESSON_STATUSES } from './lessons';

/**
 * Where a resurfacing lesson stands (table `lessons`, schema version 5). A record exists once the
 * person has answered a lesson; before that, its place follows from the entry's date alone.
 */
export const lessonStateSchema = z.strictObject({
  ...baseRecordShape,
  /** The after-action review or experiment the lesson is in. */
  entryId: idSchema,
  /** The entry's date when first answered: the schedule counts from it. */
  writtenOn: isoDateSchema,
  step: z.int().min(0).max(50),
  status: z.enum(LESSON_STATUSES),
  /** Null once retired. */
  dueDate: isoDateSchema.nullable(),
  lastAnsweredOn: isoDateSchema.nullable(),
  answers: z
    .array(
      z.strictObject({ date: isoDateSchema, answer: z.enum(LESSON_ANSWERS), step: z.int().min(0) }),
    )
    .max(200),
});
export type LessonState = z.infer<typeof lessonStateSchema>;
