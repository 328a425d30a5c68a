import { z } from 'zod';
import { isValidIsoDate } from './dates';
import { LIMITS } from './limits';

/**
 * The stored shape of every record, as runtime schemas. The repository validates against these
 * before any write, and backups are validated against them before any import, so the database
 * never holds a record these schemas reject.
 *
 * Every record is sync-ready (PRODUCT.md, "Coming later"): a UUID id, `updatedAt` for
 * last-writer-wins merges, and soft deletion (`deleted` + `deletedAt`) so a deletion is a
 * tombstone that can travel to another device. `deleted` is 0/1 rather than a boolean because
 * IndexedDB cannot index booleans, and "everything not in the trash" is the most common query.
 */

export const idSchema = z.uuid({ message: 'must be a UUID' });
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'must be an ISO date-time',
});
export const isoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: 'must be a calendar date (YYYY-MM-DD)' });
export const ratingSchema = z.int().min(1).max(5);
export const tagSchema = z.string().trim().min(1).max(LIMITS.tagLength);
export const tagsSchema = z.array(tagSchema).max(LIMITS.tagsPerRecord);
const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);

export const baseRecordShape = {
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  deleted: z.union([z.literal(0), z.literal(1)]),
  deletedAt: isoDateTimeSchema.nullable(),
};

/* ------------------------------------------------------------------ entries */

export const ENTRY_KINDS = [
  'daily',
  'reframe',
  'aar',
  'feedback',
  'win',
  'experiment',
  'oneOnOne',
  'review',
  'note',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const entryKindSchema = z.enum(ENTRY_KINDS);

export const SHARING = ['private', 'shareable'] as const;
export type Sharing = (typeof SHARING)[number];

export const entrySchema = z.strictObject({
  ...baseRecordShape,
  kind: entryKindSchema,
  /** The day the entry is about (back-dating is normal), local calendar date. */
  date: isoDateSchema,
  title: z.string().max(LIMITS.titleLength),
  /** Markdown. */
  body: z.string().max(LIMITS.bodyLength),
  /** Answers to the kind's guided prompts, by prompt id. */
  answers: z.record(z.string().max(64), z.string().max(LIMITS.answerLength)),
  mood: ratingSchema.nullable(),
  energy: ratingSchema.nullable(),
  tags: tagsSchema,
  objectiveIds: z.array(idSchema).max(100),
  sharing: z.enum(SHARING),
  /** What a coach sees instead of the full text, when set. */
  shareSummary: shortText,
  /** The 1:1 meeting these notes belong to (kind `oneOnOne`). */
  meetingId: idSchema.nullable(),
  /**
   * Where an imported entry came from (`dayone:<uuid>`, `daylio:<day>T<time>:<fingerprint>`,
   * `markdown:<path>`, `grove:<id>`), so importing the same file again adds nothing twice.
   * Absent on entries written in Grove (schema v6).
   */
  importSource: z.string().min(1).max(LIMITS.importSourceLength).optional(),
});
export type Entry = z.infer<typeof entrySchema>;

/* --------------------------------------------------------------- objectives */

export const OBJECTIVE_STATUSES = ['draft', 'active', 'paused', 'achieved', 'dropped'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

export const smartSchema = z.strictObject({
  specific: shortText,
  measurable: shortText,
  achievable: shortText,
  relevant: shortText,
  timeBound: shortText,
});
export type Smart = z.infer<typeof smartSchema>;

export const objectiveSchema = z.strictObject({
  ...baseRecordShape,
  title: z.string().trim().min(1, 'needs a title').max(LIMITS.titleLength),
  /** Why it matters to me: the personal aspiration. */
  why: longText,
  /** The organisational goal it serves, if any. */
  orgGoal: shortText,
  smart: smartSchema,
  targetDate: isoDateSchema.nullable(),
  status: z.enum(OBJECTIVE_STATUSES),
  tags: tagsSchema,
  achievedAt: isoDateTimeSchema.nullable(),
});
export type Objective = z.infer<typeof objectiveSchema>;

export const keyResultMeasureSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('numeric'),
    start: z.number().finite(),
    target: z.number().finite(),
    current: z.number().finite(),
    unit: z.string().max(40),
  }),
  z.strictObject({ type: z.literal('done'), done: z.boolean() }),
]);
export type KeyResultMeasure = z.infer<typeof keyResultMeasureSchema>;

export const keyResultSchema = z.strictObject({
  ...baseRecordShape,
  objectiveId: idSchema,
  title: z.string().trim().min(1, 'needs a title').max(LIMITS.titleLength),
  /** Position within the objective; fractional so a move writes one record. */
  order: z.number().finite(),
  measure: keyResultMeasureSchema,
});
export type KeyResult = z.infer<typeof keyResultSchema>;

export const ACTIVITY_KINDS = [
  'training',
  'workshop',
  'course',
  'book',
  'mentoring',
  'stretch',
  'selfStudy',
  'community',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_STATUSES = ['planned', 'inProgress', 'done'] as const;

export const activitySchema = z.strictObject({
  ...baseRecordShape,
  objectiveId: idSchema,
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string().trim().min(1, 'needs a title').max(LIMITS.titleLength),
  /** Opened only in the system browser, never inside the app. */
  link: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).nullable(),
  status: z.enum(ACTIVITY_STATUSES),
  notes: longText,
});
export type Activity = z.infer<typeof activitySchema>;

export const checkInSchema = z.strictObject({
  ...baseRecordShape,
  objectiveId: idSchema,
  date: isoDateSchema,
  /** Percent, 0–100 (may be derived from key results at the time of the check-in). */
  progress: z.number().min(0).max(100),
  confidence: ratingSchema,
  blockers: shortText,
  note: longText,
});
export type CheckIn = z.infer<typeof checkInSchema>;

/* ------------------------------------------------------------ growth, 1:1s */

export const selfAssessmentSchema = z.strictObject({
  ...baseRecordShape,
  skill: z.string().trim().min(1, 'needs a skill').max(120),
  date: isoDateSchema,
  rating: ratingSchema,
  note: shortText,
});
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;

export const seriesSchema = z.strictObject({
  ...baseRecordShape,
  name: z.string().trim().min(1, 'needs a name').max(120),
  person: z.string().max(120),
  cadenceDays: z.int().min(1).max(365),
});
export type Series = z.infer<typeof seriesSchema>;

export const agendaItemSchema = z.strictObject({
  id: idSchema,
  text: z.string().max(LIMITS.shortText),
  /** Where the point came from (a digest item), so it links back to its evidence. */
  source: z
    .strictObject({
      type: z.enum(['entry', 'checkIn', 'actionItem', 'objective']),
      id: idSchema,
    })
    .nullable(),
  kind: z.enum(['point', 'topic', 'ask', 'carryOver']),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const meetingSchema = z.strictObject({
  ...baseRecordShape,
  seriesId: idSchema,
  date: isoDateSchema,
  status: z.enum(['planned', 'done']),
  agenda: z.array(agendaItemSchema).max(500),
  /** Only for me, never part of the shareable agenda. */
  privateNotes: longText,
  notesEntryId: idSchema.nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const ACTION_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;
export const actionItemSchema = z.strictObject({
  ...baseRecordShape,
  text: z.string().trim().min(1, 'needs some text').max(LIMITS.shortText),
  owner: z.enum(['me', 'them']),
  dueDate: isoDateSchema.nullable(),
  status: z.enum(ACTION_ITEM_STATUSES),
  objectiveId: idSchema.nullable(),
  seriesId: idSchema.nullable(),
  meetingId: idSchema.nullable(),
  completedAt: isoDateTimeSchema.nullable(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/* ------------------------------------------------------- templates, settings */

export const templatePromptSchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: z.string().min(1).max(200),
  placeholder: z.string().max(500),
});
export type TemplatePrompt = z.infer<typeof templatePromptSchema>;

/** A user's edited version of a kind's guided template; absent means "use the default". */
export const templateSchema = z.strictObject({
  ...baseRecordShape,
  kind: entryKindSchema,
  prompts: z.array(templatePromptSchema).max(30),
});
export type Template = z.infer<typeof templateSchema>;

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEMES)[number];

export const settingsSchema = z.strictObject({
  name: z.string().max(120),
  /** 0 = Sunday, 1 = Monday, 6 = Saturday. */
  weekStart: z.union([z.literal(0), z.literal(1), z.literal(6)]),
  theme: z.enum(THEMES),
  reminderTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time (HH:MM)')
    .nullable(),
  promptCategories: z.array(z.enum(['growth', 'reflection', 'learning'])),
  /** After this many days without a check-in, an active objective is "stale". */
  staleAfterDays: z.int().min(1).max(365),
  /** Lessons from reviews and experiments come back on Today (Insights). */
  resurfaceLessons: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  name: '',
  weekStart: 1,
  theme: 'system',
  reminderTime: null,
  promptCategories: ['growth', 'reflection', 'learning'],
  staleAfterDays: 14,
  resurfaceLessons: true,
};

/** One stored setting. Settings are stored one per row so two devices can change different ones. */
export const settingRowSchema = z.strictObject({
  key: z.enum(Object.keys(DEFAULT_SETTINGS) as [SettingKey, ...SettingKey[]]),
  value: z.unknown(),
  updatedAt: isoDateTimeSchema,
});
export type SettingRow = z.infer<typeof settingRowSchema>;

/* ----------------------------------------------------------- entry history */

export const ENTRY_VERSION_REASONS = ['edit', 'conflict', 'restore'] as const;
export type EntryVersionReason = (typeof ENTRY_VERSION_REASONS)[number];

/**
 * An earlier text of an entry (title, body, prompt answers), kept when a typing session ends, when
 * another window's edit of the same text would otherwise be overwritten (`conflict`), and before a
 * restore replaces the text (`restore`). A plain record in its own table, read and written only
 * through repo/entryHistory.ts.
 */
export const entryVersionSchema = z.strictObject({
  ...baseRecordShape,
  entryId: idSchema,
  /** When this text stopped being the entry's text: the version's place in the history. */
  replacedAt: isoDateTimeSchema,
  /** When this text was saved (the entry's `updatedAt` then). */
  savedAt: isoDateTimeSchema,
  reason: z.enum(ENTRY_VERSION_REASONS),
  title: z.string().max(LIMITS.titleLength),
  body: z.string().max(LIMITS.bodyLength),
  answers: z.record(z.string().max(64), z.string().max(LIMITS.answerLength)),
});
export type EntryVersion = z.infer<typeof entryVersionSchema>;

/* --------------------------------------------------------------- tombstones */

export const TOMBSTONE_TABLES = ['entries'] as const;

/**
 * What remains of a record deleted for good (the trash emptied): its id and when, no content. A
 * merge of an older backup (and, later, sync) sees it and does not bring the record back.
 */
export const tombstoneSchema = z.strictObject({
  id: idSchema,
  table: z.enum(TOMBSTONE_TABLES),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  deleted: z.literal(1),
  deletedAt: isoDateTimeSchema,
});
export type Tombstone = z.infer<typeof tombstoneSchema>;
