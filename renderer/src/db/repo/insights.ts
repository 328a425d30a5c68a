import { Dexie } from 'dexie';
import type { Period } from '../../../../shared/domain/insights/days';
import { entryWords } from '../../../../shared/domain/insights/mindset';
import { lessonText } from '../../../../shared/domain/insights/lessons';
import {
  ENTRY_KINDS,
  type CheckIn,
  type EntryKind,
  type Objective,
} from '../../../../shared/domain/records';
import { db } from '../db';

/**
 * Reads for Insights. Each returns only the fields its roll-up needs, so the rows that cross to
 * the screen (or from the worker) stay small; entry text is read here, in the repository, because
 * it will be decrypted here once encryption at rest exists.
 */

/** Kind and date of every live entry in the period, from index keys alone (no record is read). */
export async function entryKindDates(
  period: Period | null,
): Promise<{ date: string; kind: EntryKind }[]> {
  const from = period?.from ?? Dexie.minKey;
  const to = period?.to ?? Dexie.maxKey;
  const perKind = await Promise.all(
    ENTRY_KINDS.map((kind) =>
      db.entries
        .where('[deleted+kind+date]')
        .between([0, kind, from], [0, kind, to], true, true)
        .keys(),
    ),
  );
  const rows: { date: string; kind: EntryKind }[] = [];
  perKind.forEach((keys, i) => {
    const kind = ENTRY_KINDS[i]!;
    for (const key of keys)
      rows.push({ date: (key as unknown as [number, string, string])[2], kind });
  });
  return rows;
}

/** The first and last day with a live entry (null for an empty journal). */
export async function journalSpan(): Promise<Period | null> {
  const range = db.entries.where('[deleted+date]').between([0, Dexie.minKey], [0, Dexie.maxKey]);
  const [first, last] = await Promise.all([range.first(), range.clone().reverse().first()]);
  return first && last ? { from: first.date, to: last.date } : null;
}

export interface InsightEntryRow {
  id: string;
  date: string;
  kind: EntryKind;
  title: string;
  mood: number | null;
  energy: number | null;
  tags: string[];
  objectiveIds: string[];
  /** Title, body and answers joined (for the mindset counts). */
  text: string;
}

/** The live entries of the period, slimmed to what the roll-ups use. */
export async function insightEntries(period: Period | null): Promise<InsightEntryRow[]> {
  const from = period?.from ?? Dexie.minKey;
  const to = period?.to ?? Dexie.maxKey;
  // One read: this runs in the Insights worker, where a long task blocks nobody.
  const entries = await db.entries
    .where('[deleted+date]')
    .between([0, from], [0, to], true, true)
    .toArray();
  const rows: InsightEntryRow[] = entries.map((e) => ({
    id: e.id,
    date: e.date,
    kind: e.kind,
    title: e.title,
    mood: e.mood,
    energy: e.energy,
    tags: e.tags,
    objectiveIds: e.objectiveIds,
    text: entryWords(e),
  }));
  return rows;
}

export type InsightObjective = Pick<
  Objective,
  'id' | 'title' | 'status' | 'createdAt' | 'achievedAt'
>;

export async function insightObjectives(): Promise<InsightObjective[]> {
  const all = await db.objectives
    .where('[deleted+status]')
    .between([0, Dexie.minKey], [0, Dexie.maxKey])
    .toArray();
  return all.map(({ id, title, status, createdAt, achievedAt }) => ({
    id,
    title,
    status,
    createdAt,
    achievedAt,
  }));
}

export type InsightCheckIn = Pick<CheckIn, 'objectiveId' | 'date' | 'progress' | 'confidence'>;

/** Live check-ins up to the period's end (earlier ones tell whether an objective has stalled). */
export async function insightCheckIns(to: string | null): Promise<InsightCheckIn[]> {
  const rows = await db.checkIns
    .where('date')
    .belowOrEqual(to ?? '9999-12-31')
    .toArray();
  return rows
    .filter((c) => c.deleted === 0)
    .map(({ objectiveId, date, progress, confidence }) => ({
      objectiveId,
      date,
      progress,
      confidence,
    }));
}

/**
 * Lessons answered "applied it" in the period, with their words, for the year in review; only
 * those in entries of `kinds` when given (a coach summary counts the kinds the person chose).
 */
export async function lessonsApplied(
  period: Period,
  kinds?: ReadonlySet<EntryKind>,
): Promise<{ date: string; text: string }[]> {
  const states = await db.lessons.toArray();
  const hits: { entryId: string; date: string }[] = [];
  for (const s of states) {
    if (s.deleted) continue;
    const applied = s.answers.filter(
      (a) => a.answer === 'applied' && a.date >= period.from && a.date <= period.to,
    );
    if (applied.length) hits.push({ entryId: s.entryId, date: applied[applied.length - 1]!.date });
  }
  const entries = await db.entries.bulkGet(hits.map((h) => h.entryId));
  const out: { date: string; text: string }[] = [];
  hits.forEach((h, i) => {
    const entry = entries[i];
    const wanted = entry && entry.deleted === 0 && (!kinds || kinds.has(entry.kind));
    const text = wanted ? lessonText(entry) : null;
    if (text) out.push({ date: h.date, text });
  });
  return out;
}
