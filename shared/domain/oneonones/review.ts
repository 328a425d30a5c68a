import { ENTRY_KIND_INFO } from '../entry-kinds';
import type { ActionItem, CheckIn, Entry, EntryKind, Objective } from '../records';
import { ENTRY_KINDS } from '../records';
import { inPeriod, type Period } from './period';
import { entrySummary, firstAnswer, LESSON_PROMPT_IDS, oneLine } from './text';

export const REVIEW_PROMPTS = [
  { id: 'moved', label: 'What moved?', placeholder: 'Progress, wins, things that got easier.' },
  { id: 'stalled', label: 'What stalled?', placeholder: 'What did not move, and why — not yet.' },
  { id: 'next', label: 'What next?', placeholder: 'One to three things for the next period.' },
] as const;
export type ReviewPromptId = (typeof REVIEW_PROMPTS)[number]['id'];

export interface TrendPoint {
  date: string;
  mood: number | null;
  energy: number | null;
}

export interface ObjectiveRollUp {
  objective: Objective;
  /** Progress at the last check-in before the period, or null. */
  start: number | null;
  /** Progress at the last check-in inside the period, or null when none. */
  end: number | null;
  checkIns: number;
}

export interface ReviewRollUp {
  period: Period;
  countsByKind: { kind: EntryKind; label: string; count: number }[];
  totalEntries: number;
  wins: { id: string; date: string; text: string }[];
  lessons: { id: string; date: string; text: string }[];
  /** One point per day with a mood or energy, averaged over the day's entries. */
  trend: TrendPoint[];
  averageMood: number | null;
  averageEnergy: number | null;
  objectives: ObjectiveRollUp[];
  actionItemsDone: ActionItem[];
}

export interface ReviewInput {
  period: Period;
  entries: readonly Entry[];
  checkIns: readonly CheckIn[];
  checkInsBefore: ReadonlyMap<string, CheckIn>;
  objectives: readonly Objective[];
  /** Action items done or not: those completed inside the period (local date) count. */
  actionItems: readonly ActionItem[];
  /** Turns an ISO instant into the local calendar date (the caller's time zone). */
  localDateOf: (instant: string) => string;
}

function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
}

/** A weekly or monthly look back: pure, over the records of the period. */
export function rollUpReview(input: ReviewInput): ReviewRollUp {
  const { period } = input;
  const entries = input.entries.filter((e) => e.deleted === 0 && inPeriod(e.date, period));
  // The review entries themselves are not what is being reviewed.
  const reviewed = entries.filter((e) => e.kind !== 'review');

  const counts = new Map<EntryKind, number>();
  for (const e of reviewed) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const countsByKind = ENTRY_KINDS.filter((k) => counts.has(k)).map((kind) => ({
    kind,
    label: ENTRY_KIND_INFO[kind].label,
    count: counts.get(kind)!,
  }));

  const sorted = [...reviewed].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
  const wins = sorted
    .filter((e) => e.kind === 'win')
    .map((e) => ({ id: e.id, date: e.date, text: entrySummary(e) }));
  const lessons = sorted
    .filter((e) => e.kind === 'aar' || e.kind === 'experiment')
    .map((e) => {
      const lesson = firstAnswer(e, LESSON_PROMPT_IDS);
      return { id: e.id, date: e.date, text: lesson ? oneLine(lesson) : entrySummary(e) };
    });

  const byDay = new Map<string, { mood: number[]; energy: number[] }>();
  for (const e of sorted) {
    if (e.mood === null && e.energy === null) continue;
    const day = byDay.get(e.date) ?? { mood: [], energy: [] };
    if (e.mood !== null) day.mood.push(e.mood);
    if (e.energy !== null) day.energy.push(e.energy);
    byDay.set(e.date, day);
  }
  const trend = [...byDay.entries()].map(([date, v]) => ({
    date,
    mood: average(v.mood),
    energy: average(v.energy),
  }));

  const inside = input.checkIns.filter((c) => c.deleted === 0 && inPeriod(c.date, period));
  const objectives: ObjectiveRollUp[] = input.objectives
    .filter(
      (o) =>
        o.deleted === 0 && (o.status === 'active' || inside.some((c) => c.objectiveId === o.id)),
    )
    .map((objective) => {
      const mine = inside
        .filter((c) => c.objectiveId === objective.id)
        .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
      const before = input.checkInsBefore.get(objective.id);
      return {
        objective,
        // With no check-in before the period, the first one inside it is where it started.
        start: before ? before.progress : mine.length > 1 ? mine[0]!.progress : null,
        end: mine.length > 0 ? mine[mine.length - 1]!.progress : null,
        checkIns: mine.length,
      };
    })
    .sort((a, b) => a.objective.title.localeCompare(b.objective.title));

  const actionItemsDone = input.actionItems.filter(
    (a) =>
      a.deleted === 0 &&
      a.status === 'done' &&
      a.completedAt !== null &&
      inPeriod(input.localDateOf(a.completedAt), period),
  );

  return {
    period,
    countsByKind,
    totalEntries: reviewed.length,
    wins,
    lessons,
    trend,
    averageMood: average(reviewed.flatMap((e) => (e.mood === null ? [] : [e.mood]))),
    averageEnergy: average(reviewed.flatMap((e) => (e.energy === null ? [] : [e.energy]))),
    objectives,
    actionItemsDone,
  };
}

export interface BragItem {
  id: string;
  date: string;
  kind: 'win' | 'feedback';
  text: string;
}

/** Wins and feedback received in a period, oldest first: the raw material of a performance review. */
export function bragList(entries: readonly Entry[], period: Period): BragItem[] {
  return entries
    .filter(
      (e) =>
        e.deleted === 0 && (e.kind === 'win' || e.kind === 'feedback') && inPeriod(e.date, period),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
    .map((e) => ({
      id: e.id,
      date: e.date,
      kind: e.kind === 'win' ? ('win' as const) : ('feedback' as const),
      text: entrySummary(e),
    }));
}

export function bragListToMarkdown(
  items: readonly BragItem[],
  label: string,
  dateLabel: (d: string) => string,
): string {
  const lines = [`# Brag list — ${label}`, ''];
  if (items.length === 0) lines.push('_No wins or feedback recorded in this period._');
  for (const item of items) {
    const what = item.kind === 'win' ? 'Win' : 'Feedback';
    lines.push(`- ${dateLabel(item.date)} · ${what}: ${item.text}`);
  }
  lines.push('');
  return lines.join('\n');
}
