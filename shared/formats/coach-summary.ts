import { z } from 'zod';
import {
  ACTION_ITEM_STATUSES,
  ENTRY_KINDS,
  OBJECTIVE_STATUSES,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  keyResultMeasureSchema,
  smartSchema,
} from '../domain/records';
import { coachYearReviewSchema, type CoachYearReview } from './coach-year-review';

/**
 * What a coach receives: only what the person chose to share, as one self-contained snapshot.
 * Private entries are never in it; a shared entry carries its shareable summary when it has one,
 * else its text. Grove can open the file again read-only.
 */
export const COACH_SUMMARY_FORMAT = 'grove.coach-summary';
/** The newest version this Grove reads (and writes, when a summary needs it). */
export const COACH_SUMMARY_VERSION = 2;

const rating = z.number().min(1).max(5);
const average = rating.nullable().describe('Average over the entries that have a value, or null.');

export const coachObjectiveSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  why: z.string(),
  orgGoal: z.string(),
  smart: smartSchema,
  status: z.enum(OBJECTIVE_STATUSES),
  targetDate: isoDateSchema.nullable(),
  achievedAt: isoDateTimeSchema.nullable(),
  progress: z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .describe('Percent, derived from key results (or the latest check-in); null with no data.'),
  keyResults: z.array(
    z.strictObject({
      title: z.string(),
      measure: keyResultMeasureSchema,
      progress: z.number().min(0).max(100),
    }),
  ),
  checkIns: z
    .array(
      z.strictObject({
        date: isoDateSchema,
        progress: z.number().min(0).max(100),
        confidence: rating,
        blockers: z.string(),
        note: z.string(),
      }),
    )
    .describe('Check-ins within the period, oldest first.'),
});
export type CoachObjective = z.infer<typeof coachObjectiveSchema>;

export const coachEntrySchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  kind: z.enum(ENTRY_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  text: z.string().describe("The entry's shareable summary when it has one, else its text."),
  isSummary: z.boolean(),
  mood: rating.nullable(),
  energy: rating.nullable(),
  tags: z.array(z.string()),
  objectiveIds: z.array(idSchema),
});
export type CoachEntry = z.infer<typeof coachEntrySchema>;

export const coachActionItemSchema = z.strictObject({
  text: z.string(),
  owner: z.enum(['me', 'them']),
  dueDate: isoDateSchema.nullable(),
  status: z.enum(ACTION_ITEM_STATUSES),
  objectiveId: idSchema.nullable(),
  completedAt: isoDateTimeSchema.nullable(),
});
export type CoachActionItem = z.infer<typeof coachActionItemSchema>;

export const coachTrendPointSchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  entries: z.int().min(0),
  mood: average,
  energy: average,
});

export const coachStatsSchema = z.strictObject({
  entriesTotal: z.int().min(0),
  entriesByKind: z.partialRecord(z.enum(ENTRY_KINDS), z.int().min(0)),
  sharedEntries: z.int().min(0),
  daysWritten: z.int().min(0),
  streak: z.strictObject({
    longest: z
      .int()
      .min(0)
      .describe('Longest run of consecutive days with an entry in the period.'),
    current: z
      .int()
      .min(0)
      .describe(
        'Run of consecutive days with an entry ending on the last day of the period (or the day before).',
      ),
  }),
  mood: average,
  energy: average,
  trend: z.array(coachTrendPointSchema).describe('Mood and energy by week.'),
  objectivesAchieved: z.int().min(0).describe('Objectives achieved within the period.'),
});
export type CoachStats = z.infer<typeof coachStatsSchema>;

/** Every field of a summary but its envelope, the same in versions 1 and 2. */
const summaryBody = {
  generatedAt: isoDateTimeSchema,
  generator: z.strictObject({ name: z.string(), version: z.string() }),
  owner: z.strictObject({ name: z.string() }),
  period: z.strictObject({ from: isoDateSchema, to: isoDateSchema }),
  selection: z.strictObject({
    entryKinds: z.array(z.enum(ENTRY_KINDS)),
    objectiveIds: z.array(idSchema),
    includeActionItems: z.boolean(),
  }),
  objectives: z.array(coachObjectiveSchema),
  entries: z.array(coachEntrySchema).describe('Only entries marked shareable, oldest first.'),
  actionItems: z.array(coachActionItemSchema),
  stats: coachStatsSchema.describe(
    'Counts and averages over all entries of the chosen kinds in the period, private ones included; no private text.',
  ),
};

const DESCRIPTION =
  'A progress summary a person chose to share with a coach. Dates are ISO 8601; calendar dates are local YYYY-MM-DD.';

export const coachSummaryV1Schema = z
  .strictObject({
    format: z.literal(COACH_SUMMARY_FORMAT),
    version: z.literal(1),
    ...summaryBody,
  })
  .meta({ title: 'Grove coach summary, format version 1', description: DESCRIPTION });
export type CoachSummaryV1 = z.infer<typeof coachSummaryV1Schema>;

/** Version 2 adds one optional section, the year-in-review figures; nothing else changes. */
export const coachSummaryV2Schema = z
  .strictObject({
    format: z.literal(COACH_SUMMARY_FORMAT),
    version: z.literal(2),
    ...summaryBody,
    yearReview: coachYearReviewSchema.optional(),
  })
  .meta({ title: 'Grove coach summary, format version 2', description: DESCRIPTION });
export type CoachSummaryV2 = z.infer<typeof coachSummaryV2Schema>;

/**
 * A summary of either version, read as it was written. Neither is upgraded to the other: a
 * summary is named by the hash of its exact content (the coach loop), so rewriting its version
 * would make a coach's response to it look like a response to another summary.
 */
export const coachSummarySchema = z.discriminatedUnion('version', [
  coachSummaryV1Schema,
  coachSummaryV2Schema,
]);
export type CoachSummary = z.infer<typeof coachSummarySchema>;

/** The year-in-review figures of a summary, when it has them. */
export const yearReviewOf = (summary: CoachSummary): CoachYearReview | null =>
  summary.version === 2 ? (summary.yearReview ?? null) : null;
