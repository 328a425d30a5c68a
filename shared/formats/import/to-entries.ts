import { entrySchema, type Entry, type EntryKind } from '../../domain/records';
import { formatPath } from '../problems';
import type { ImportPreview, ImportWarning, ImportedEntry } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The person's choices in the preview. */
export interface ImportChoices {
  /** The kind of entry imported entries become, unless the file states one (Grove's own export). */
  kind: EntryKind;
  /** Source mood label → Grove mood 1–5, or null for "no mood". */
  moodMap: Record<string, number | null>;
}

export interface ImportRecordOptions {
  now: string;
  newId: () => string;
}

/** Mood labels Grove proposes for Daylio's defaults; custom labels start unmapped. */
export function defaultMoodMap(
  labels: readonly { label: string }[],
  defaults: Record<string, number>,
): Record<string, number | null> {
  const map: Record<string, number | null> = {};
  for (const { label } of labels) map[label] = defaults[label] ?? null;
  return map;
}

/**
 * Turns previewed entries into Grove records with the person's choices applied, validated
 * against the record schema; anything that does not fit is returned as a warning, not written.
 */
export function toEntryRecord(
  item: ImportedEntry,
  choices: ImportChoices,
  options: ImportRecordOptions,
): { entry: Entry } | { warning: ImportWarning } {
  const mood = item.moodLabel !== null ? (choices.moodMap[item.moodLabel] ?? null) : item.mood;
  const createdAt = item.createdAt ?? `${item.date}T12:00:00.000Z`;
  // Grove's own export carries each entry's id: it comes back as the same entry.
  const groveId = item.source.startsWith('grove:') ? item.source.slice(6) : null;
  const candidate: Entry = {
    id: groveId && UUID.test(groveId) ? groveId : options.newId(),
    createdAt,
    updatedAt: options.now,
    deleted: 0,
    deletedAt: null,
    kind: item.kind ?? choices.kind,
    date: item.date,
    title: item.title,
    body: item.body,
    answers: item.answers,
    mood,
    energy: item.energy,
    tags: item.tags,
    objectiveIds: [],
    sharing: item.sharing ?? 'private',
    shareSummary: item.shareSummary ?? '',
    meetingId: null,
    importSource: item.source,
  };
  const parsed = entrySchema.safeParse(candidate);
  if (parsed.success) return { entry: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    warning: {
      where: item.where,
      message: `skipped: ${formatPath(issue?.path ?? []) || 'the entry'} ${issue?.message ?? 'is invalid'}`,
    },
  };
}

/** The entries the preview shows, as they will look: the same conversion as the import. */
export function previewRecords(
  preview: ImportPreview,
  choices: ImportChoices,
  count: number,
  options: ImportRecordOptions,
): Entry[] {
  const out: Entry[] = [];
  for (const item of preview.entries) {
    if (out.length >= count) break;
    const result = toEntryRecord(item, choices, options);
    if ('entry' in result) out.push(result.entry);
  }
  return out;
}
