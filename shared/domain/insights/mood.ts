import { dayNumber, fromDayNumber, weekdayOf, type Period } from './days';

export interface MoodRow {
  date: string;
  mood: number | null;
  energy: number | null;
}

/** One day's mood and energy: the mean of that day's rated entries (null when none was rated). */
export interface DayPoint {
  date: string;
  mood: number | null;
  energy: number | null;
}

const mean = (sum: number, n: number) => (n === 0 ? null : sum / n);

/** Daily means, oldest first, only days with at least one rating, within the period. */
export function dailyMoodEnergy(rows: readonly MoodRow[], period: Period): DayPoint[] {
  const days = new Map<string, { m: number; mn: number; e: number; en: number }>();
  for (const row of rows) {
    if (row.date < period.from || row.date > period.to) continue;
    if (row.mood === null && row.energy === null) continue;
    let day = days.get(row.date);
    if (!day) days.set(row.date, (day = { m: 0, mn: 0, e: 0, en: 0 }));
    if (row.mood !== null) {
      day.m += row.mood;
      day.mn++;
    }
    if (row.energy !== null) {
      day.e += row.energy;
      day.en++;
    }
  }
  return [...days]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, d]) => ({ date, mood: mean(d.m, d.mn), energy: mean(d.e, d.en) }));
}

/**
 * A trailing moving average over calendar days: for each day that has a value, the mean of the
 * values on that day and the `windowDays - 1` days before it. Days without a rating are skipped,
 * not counted as zero, so a week off does not read as a bad week.
 */
export function movingAverage(
  points: readonly { date: string; value: number | null }[],
  windowDays: number,
): { date: string; value: number }[] {
  const rated = points
    .filter((p): p is { date: string; value: number } => p.value !== null)
    .map((p) => ({ day: dayNumber(p.date), date: p.date, value: p.value }))
    .sort((a, b) => a.day - b.day);
  const result: { date: string; value: number }[] = [];
  let start = 0;
  let sum = 0;
  for (let i = 0; i < rated.length; i++) {
    sum += rated[i]!.value;
    while (rated[start]!.day <= rated[i]!.day - windowDays) {
      sum -= rated[start]!.value;
      start++;
    }
    result.push({ date: rated[i]!.date, value: sum / (i - start + 1) });
  }
  return result;
}

export interface WeekdayAverage {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  mood: number | null;
  energy: number | null;
  /** Days behind the mood figure. */
  days: number;
}

/** Mean of the daily means by weekday (each day counts once, however many entries it has). */
export function byWeekday(points: readonly DayPoint[]): WeekdayAverage[] {
  const acc = Array.from({ length: 7 }, () => ({ m: 0, mn: 0, e: 0, en: 0 }));
  for (const p of points) {
    const a = acc[weekdayOf(p.date)]!;
    if (p.mood !== null) {
      a.m += p.mood;
      a.mn++;
    }
    if (p.energy !== null) {
      a.e += p.energy;
      a.en++;
    }
  }
  return acc.map((a, weekday) => ({
    weekday,
    mood: mean(a.m, a.mn),
    energy: mean(a.e, a.en),
    days: a.mn,
  }));
}

/** Mean of the daily means over the whole list (null when there is none). */
export function overallAverage(
  points: readonly DayPoint[],
  field: 'mood' | 'energy',
): number | null {
  let sum = 0;
  let n = 0;
  for (const p of points) {
    const v = p[field];
    if (v !== null) {
      sum += v;
      n++;
    }
  }
  return mean(sum, n);
}

/** Every calendar day from `from` to `to` (for gap-aware chart axes). */
export function everyDay(period: Period): string[] {
  const out: string[] = [];
  for (let d = dayNumber(period.from); d <= dayNumber(period.to); d++) out.push(fromDayNumber(d));
  return out;
}
