import { z } from 'zod';
import {
  actionItemSchema,
  activitySchema,
  checkInSchema,
  entrySchema,
  entryVersionSchema,
  isoDateTimeSchema,
  keyResultSchema,
  meetingSchema,
  objectiveSchema,
  selfAssessmentSchema,
  seriesSchema,
  settingRowSchema,
  settingsSchema,
  templateSchema,
  tombstoneSchema,
} from '../domain/records';
import { COACH_SUMMARY_FORMAT } from './coach-summary';
import {
  FormatError,
  impossibleDateTimeField,
  isPlainObject,
  parseJsonText,
  problemsFromZod,
  type FormatProblem,
} from './problems';

/**
 * The full backup: every table, every record (tombstones included), exactly as stored. Versioned
 * like the database: a later format version adds an upgrade step from the one before, so a file
 * written by any earlier Grove still imports (see `BACKUP_UPGRADES`).
 */
export const BACKUP_FORMAT = 'grove.backup';
export const BACKUP_VERSION = 2;

/** The tables a backup holds, in the order they are written and restored. */
export const BACKUP_TABLES = [
  'settings',
  'objectives',
  'keyResults',
  'activities',
  'checkIns',
  'series',
  'meetings',
  'actionItems',
  'selfAssessments',
  'templates',
  'entries',
  'entryHistory',
  'tombstones',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export const backupTableSchemas = {
  settings: settingRowSchema,
  objectives: objectiveSchema,
  keyResults: keyResultSchema,
  activities: activitySchema,
  checkIns: checkInSchema,
  series: seriesSchema,
  meetings: meetingSchema,
  actionItems: actionItemSchema,
  selfAssessments: selfAssessmentSchema,
  templates: templateSchema,
  entries: entrySchema,
  entryHistory: entryVersionSchema,
  tombstones: tombstoneSchema,
} as const satisfies Record<BackupTable, z.ZodType>;

export const backupV1Schema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(1),
    createdAt: isoDateTimeSchema,
    generator: z.strictObject({
      name: z.string().max(80),
      version: z.string().max(40),
    }),
    /** The database schema version the records were read from. */
    schemaVersion: z.int().min(1),
    tables: z.strictObject({
      settings: z.array(settingRowSchema),
      objectives: z.array(objectiveSchema),
      keyResults: z.array(keyResultSchema),
      activities: z.array(activitySchema),
      checkIns: z.array(checkInSchema),
      series: z.array(seriesSchema),
      meetings: z.array(meetingSchema),
      actionItems: z.array(actionItemSchema),
      selfAssessments: z.array(selfAssessmentSchema),
      templates: z.array(templateSchema),
      entries: z.array(entrySchema),
    }),
  })
  .meta({
    title: 'Grove full backup, format version 1',
    description:
      'Every record of a Grove journal, lossless. Dates are ISO 8601; calendar dates are local YYYY-MM-DD.',
  });
export type BackupV1 = z.infer<typeof backupV1Schema>;

/** Version 2 adds entry history (earlier versions of entries' text) and tombstones. */
export const backupV2Schema = z
  .strictObject({
    ...backupV1Schema.shape,
    version: z.literal(2),
    tables: z.strictObject({
      ...backupV1Schema.shape.tables.shape,
      entryHistory: z.array(entryVersionSchema),
      tombstones: z.array(tombstoneSchema),
    }),
  })
  .meta({
    title: 'Grove full backup, format version 2',
    description:
      'Every record of a Grove journal, lossless, with the history of entries and tombstones of records deleted for good. Dates are ISO 8601; calendar dates are local YYYY-MM-DD.',
  });
export type BackupV2 = z.infer<typeof backupV2Schema>;
/** The current version's shape: what every older file is upgraded to before import. */
export type Backup = BackupV2;
/** The current version's schema. */
export const backupSchema = backupV2Schema;
export type BackupTables = Backup['tables'];

/**
 * Upgrade steps, by the version they upgrade FROM: `BACKUP_UPGRADES[n]` turns a parsed version-n
 * document into a version-(n+1) one; with a fixture of every version in test/fixtures/backups/,
 * every earlier file keeps importing.
 */
export const BACKUP_UPGRADES: Readonly<
  Record<number, (document: Record<string, unknown>) => Record<string, unknown>>
> = {
  // Version 1 had no entry history and no tombstones.
  1: (v1) => ({
    ...v1,
    version: 2,
    tables: {
      ...(isPlainObject(v1['tables']) ? v1['tables'] : {}),
      entryHistory: [],
      tombstones: [],
    },
  }),
};

/** Brings any supported version up to the current one, one step at a time. */
export function upgradeBackupDocument(
  document: Record<string, unknown>,
  upgrades = BACKUP_UPGRADES,
  latest = BACKUP_VERSION,
): Record<string, unknown> {
  let current = document;
  let version = current['version'] as number;
  while (version < latest) {
    const step = upgrades[version];
    if (!step) {
      throw new FormatError(
        `This backup uses format version ${version}, which this version of Grove can no longer read.`,
      );
    }
    current = step(current);
    const next = current['version'];
    if (next !== version + 1)
      throw new Error(`Backup upgrade from ${version} did not reach ${version + 1}`);
    version = next;
  }
  return current;
}

export interface BackupReport {
  backup: Backup;
  /** Records per table, for the confirmation before anything is written. */
  counts: Record<BackupTable, number>;
  /** Things that are odd but not wrong enough to refuse the file. */
  warnings: string[];
}

const MAX_LISTED_PROBLEMS = 5;

function refuse(problems: FormatProblem[], total = problems.length): never {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = total > listed.length ? ` (and ${total - listed.length} more)` : '';
  const first = listed[0];
  throw new FormatError(
    first
      ? `This backup has a problem at ${first.where}: ${first.message}${more}. Nothing was changed.`
      : 'This backup is invalid. Nothing was changed.',
    listed,
  );
}

/** Checks the envelope (format and version) so the message says what the file is, if not a backup. */
export function checkFormatEnvelope(
  document: unknown,
  expected: {
    format: string;
    version: number;
    label: string;
    otherFormats: Record<string, string>;
  },
): Record<string, unknown> {
  if (!isPlainObject(document) || typeof document['format'] !== 'string') {
    throw new FormatError(
      `This is not ${expected.label}: it has no "format" field saying what it is. Nothing was changed.`,
    );
  }
  const format = document['format'];
  if (format !== expected.format) {
    const other = expected.otherFormats[format];
    throw new FormatError(
      other ??
        `This is not ${expected.label}: its format is "${format.slice(0, 80)}", not "${expected.format}". Nothing was changed.`,
    );
  }
  const version = document['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FormatError(
      `This file has no valid format version (the "version" field must be a whole number). Nothing was changed.`,
    );
  }
  if (version > expected.version) {
    throw new FormatError(
      `This file was made by a newer version of Grove (format version ${version}); this version reads up to version ${expected.version}. Update Grove to open it. Nothing was changed.`,
    );
  }
  return document;
}

/**
 * Reads a backup file completely — JSON, format, version, every record against its schema,
 * duplicate ids, impossible dates, settings values — before anything is written. Throws a
 * FormatError naming the first problems; returns the upgraded, validated backup otherwise.
 */
export function readBackup(text: string): BackupReport {
  const raw = parseJsonText(text, 'a Grove backup');
  const envelope = checkFormatEnvelope(raw, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    label: 'a Grove backup',
    otherFormats: {
      [COACH_SUMMARY_FORMAT]:
        'This is a coach summary, not a backup: it holds only what was shared, so it cannot restore a journal. Open it under "Open a coach summary" instead. Nothing was changed.',
    },
  });
  const upgraded = upgradeBackupDocument(envelope);
  const parsed = backupSchema.safeParse(upgraded);
  if (!parsed.success) refuse(problemsFromZod(parsed.error), parsed.error.issues.length);
  const backup = parsed.data;

  const problems: FormatProblem[] = [];
  const ids = new Map<BackupTable, Set<string>>();
  for (const table of BACKUP_TABLES) {
    const seen = new Set<string>();
    ids.set(table, seen);
    const rows = backup.tables[table] as readonly Record<string, unknown>[];
    rows.forEach((row, index) => {
      const key = String(table === 'settings' ? row['key'] : row['id']);
      if (seen.has(key)) {
        problems.push({
          where: `tables.${table}[${index}]`,
          message: `the ${table === 'settings' ? 'key' : 'id'} ${key} appears twice (duplicate ids)`,
        });
      }
      seen.add(key);
      const badDate = impossibleDateTimeField(row);
      if (badDate) {
        problems.push({
          where: `tables.${table}[${index}].${badDate}`,
          message: `"${String(row[badDate])}" is not a date that exists`,
        });
      }
    });
  }
  backup.tables.settings.forEach((row, index) => {
    const result = settingsSchema.shape[row.key].safeParse(row.value);
    if (!result.success) {
      problems.push({
        where: `tables.settings[${index}].value`,
        message: `is not a valid value for the setting "${row.key}" (${result.error.issues[0]?.message ?? 'invalid'})`,
      });
    }
  });
  if (problems.length > 0) refuse(problems);

  return {
    backup,
    counts: countRows(backup.tables),
    warnings: referenceWarnings(backup.tables, ids),
  };
}

export function countRows(tables: BackupTables): Record<BackupTable, number> {
  const counts = {} as Record<BackupTable, number>;
  for (const table of BACKUP_TABLES) counts[table] = tables[table].length;
  return counts;
}

/**
 * Dangling links are reported, not refused: a backup with one orphaned check-in is still the
 * user's data, and refusing it would lose far more than the link.
 */
function referenceWarnings(tables: BackupTables, ids: Map<BackupTable, Set<string>>): string[] {
  const objectives = ids.get('objectives')!;
  const series = ids.get('series')!;
  let orphans = 0;
  for (const table of ['keyResults', 'activities', 'checkIns'] as const) {
    for (const row of tables[table]) if (!objectives.has(row.objectiveId)) orphans++;
  }
  for (const row of tables.meetings) if (!series.has(row.seriesId)) orphans++;
  const entries = ids.get('entries')!;
  for (const row of tables.entryHistory) if (!entries.has(row.entryId)) orphans++;
  return orphans > 0
    ? [
        `${orphans} record${orphans === 1 ? '' : 's'} point to an objective, 1:1 series or entry that is not in the file.`,
      ]
    : [];
}
