/**
 * What stays in the clear, per table. Everything else a record holds is sealed into one ciphertext
 * field (`SEALED_FIELD`). The rule: only what IndexedDB needs to find and order records — ids,
 * kinds and statuses that indexes select on, calendar dates, timestamps, the deleted flag, and
 * links between records by id. No text and no personal value (mood, energy, ratings, progress,
 * confidence, tags, names) is ever in this list.
 *
 * A table missing here (another feature's new table) gets `DEFAULT_CLEAR`: only the primary key,
 * the timestamps and the deleted flag stay readable, so it is safe before anyone thinks about it.
 */
export const SEALED_FIELD = '$sealed';

const BASE = ['id', 'createdAt', 'updatedAt', 'deleted', 'deletedAt'] as const;

export const DEFAULT_CLEAR: readonly string[] = BASE;

export const CLEAR_FIELDS: Readonly<Record<string, readonly string[]>> = {
  // kind, date: the [deleted+date] and [deleted+kind+date] indexes (the journal's main query).
  // objectiveIds, meetingId: links by id (evidence, 1:1 notes). Tags, mood and energy are sealed:
  // the `*tags` index holds nothing then, and tag filters work from memory after unlock.
  // importSource: the format of an imported entry's source and a SHA-256 digest of it (never the
  // file name), so a re-import finds what is already there.
  entries: [...BASE, 'kind', 'date', 'objectiveIds', 'meetingId', 'importSource'],
  // Entry history: the entry it belongs to and when it was replaced (the [entryId+replacedAt]
  // index); the text of each version is sealed.
  entryHistory: [...BASE, 'entryId', 'replacedAt'],
  // Tombstones hold no content at all: the id and which table it was in.
  tombstones: [...BASE, 'table'],
  // Lessons that resurface: the entry they come from, and their schedule (the [status+dueDate]
  // index and the day last answered). The lesson's text lives in its sealed entry.
  lessons: [...BASE, 'entryId', 'status', 'dueDate', 'lastAnsweredOn'],
  // Coach summaries saved: keyed by their content hash; the period, owner and titles are sealed.
  coachExports: ['hash', 'exportedAt'],
  // Sync's own bookkeeping: which record (table and id), its clock stamp and device, and whether it
  // still waits to be written out (the [pending+hlc] index). The hash of the record is sealed.
  syncStamps: ['key', 'table', 'id', 'hlc', 'deviceId', 'base', 'pending'],
  // What was read of each device's files: numbers and flags only.
  syncSegments: ['key', 'deviceId', 'kind', 'segment', 'read', 'held', 'sealed'],
  // This computer's sync state (its name among it) is sealed but for the row's key.
  syncState: ['key'],
  // status: the [deleted+status] index (active objectives); targetDate: its index, a date.
  // achievedAt is a timestamp. Title, why, SMART parts and tags are sealed.
  objectives: [...BASE, 'status', 'targetDate', 'achievedAt'],
  // objectiveId: link; order: the position in a list, no meaning of its own.
  keyResults: [...BASE, 'objectiveId', 'order'],
  activities: [...BASE, 'objectiveId'],
  // progress and confidence are personal values: sealed. date: the [objectiveId+date] index.
  checkIns: [...BASE, 'objectiveId', 'date'],
  // status: [deleted+status] (open items carry over); dueDate: its index; the rest are links.
  actionItems: [
    ...BASE,
    'status',
    'dueDate',
    'objectiveId',
    'seriesId',
    'meetingId',
    'completedAt',
  ],
  // The skill is sealed, so the [skill+date] index is empty: ratings are grouped in memory.
  selfAssessments: [...BASE, 'date'],
  series: BASE,
  meetings: [...BASE, 'seriesId', 'date', 'status', 'notesEntryId'],
  // kind: one template per entry kind is looked up by it.
  templates: [...BASE, 'kind'],
  // Settings rows are { key, value, updatedAt }; the value is sealed (the owner's name is one),
  // except the theme, which the lock screen needs before anything can be opened.
  settings: ['key', 'updatedAt'],
};

/** Settings whose value stays readable while locked. */
export const CLEAR_SETTING_KEYS: ReadonlySet<string> = new Set(['theme']);

/** Tables never sealed: the key slots and the encryption state live there. */
export const UNSEALED_TABLES: ReadonlySet<string> = new Set(['privacy']);

export function clearFieldsFor(table: string, primaryKeyPath: string | null): readonly string[] {
  const listed = CLEAR_FIELDS[table];
  if (listed) return listed;
  return primaryKeyPath && !DEFAULT_CLEAR.includes(primaryKeyPath)
    ? [...DEFAULT_CLEAR, primaryKeyPath]
    : DEFAULT_CLEAR;
}
