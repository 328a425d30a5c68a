import { localDateOf } from '../dates';
import type { EntryKind } from '../records';
import { streaks } from './activity';
import { monthOf, monthsBetween, type Period } from './days';

export interface ReviewEntryRow {
  id: string;
  date: string;
  kind: EntryKind;
  title: string;
  mood: number | null;
  tags: readonly string[];
}

export interface YearReview {
  /** "2026" or "2026 Q3". */
  label: string;
  period: Period;
  entries: number;
  daysWritten: number;
  byKind: Partial<Record<EntryKind, number>>;
  bestStreak: { days: number; from: string | null; to: string | null };
  topTags: { tag: string; count: number }[];
  /** Mean mood per month (null where nothing was rated). */
  moodByMonth: { month: string; mood: number | null; days: number }[];
  objectivesAchieved: { title: string; date: string }[];
  wins: { date: string; title: string }[];
  lessonsApplied: { date: string; text: string }[];
}

export interface YearReviewInput {
  label: string;
  period: Period;
  entries: readonly ReviewEntryRow[];
  objectives: readonly { title: string; status: string; achievedAt: string | null }[];
  lessonsApplied: readonly { date: string; text: string }[];
}

/** The period in numbers and words, for a printable page. Everything comes from the journal. */
export function yearReview(input: YearReviewInput): YearReview {
  const { period } = input;
  const rows = input.entries.filter((e) => e.date >= period.from && e.date <= period.to);
  const days = new Set(rows.map((e) => e.date));
  const byKind: Partial<Record<EntryKind, number>> = {};
  const tags = new Map<string, number>();
  const moods = new Map<string, Map<string, number[]>>();
  for (const e of rows) {
    byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    for (const t of e.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
    if (e.mood !== null) {
      const month = monthOf(e.date);
      let perDay = moods.get(month);
      if (!perDay) moods.set(month, (perDay = new Map()));
      perDay.set(e.date, [...(perDay.get(e.date) ?? []), e.mood]);
    }
  }
  // The best streak inside the period: days outside it do not count.
  const best = streaks(days, period.from);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    label: input.label,
    period,
    entries: rows.length,
    daysWritten: days.size,
    byKind,
    bestStreak: { days: best.longest, from: best.longestFrom, to: best.longestTo },
    topTags: [...tags]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 8)
      .map(([tag, count]) => ({ tag, count })),
    moodByMonth: monthsBetween(period.from, period.to).map((month) => {
      const perDay = moods.get(month);
      if (!perDay) return { month, mood: null, days: 0 };
      return { month, mood: mean([...perDay.values()].map(mean)), days: perDay.size };
    }),
    objectivesAchieved: input.objectives
      .filter((o) => o.status === 'achieved' && o.achievedAt)
      // The local day it was achieved, as everywhere else (an evening in Los Angeles is already
      // tomorrow in UTC).
      .map((o) => ({ title: o.title, date: localDateOf(o.achievedAt!) }))
      .filter((o) => o.date >= period.from && o.date <= period.to)
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
    wins: rows
      .filter((e) => e.kind === 'win')
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((e) => ({ date: e.date, title: e.title.trim() || 'Untitled win' })),
    lessonsApplied: input.lessonsApplied
      .filter((l) => l.date >= period.from && l.date <= period.to)
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
  };
}

/** A calendar year or quarter as a period and a label. */
export function reviewPeriod(
  year: number,
  quarter: 1 | 2 | 3 | 4 | null,
): { label: string; period: Period } {
  if (quarter === null)
    return { label: String(year), period: { from: `${year}-01-01`, to: `${year}-12-31` } };
  const startMonth = (quarter - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const endDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return {
    label: `${year} Q${quarter}`,
    period: { from: `${year}-${mm(startMonth)}-01`, to: `${year}-${mm(endMonth)}-${endDay}` },
  };
}
