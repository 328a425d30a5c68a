import type { EntryKind } from '../records';
import type { Period } from './days';

/**
 * "What goes with better days": for each tag, entry kind and linked objective, the mean mood and
 * energy on days that have it against days that do not. A day counts once, however many entries
 * it holds; only days with a mood rating take part. A factor is shown only when both sides have
 * at least `minDays` days behind them — fewer is noise dressed up as a finding.
 */
export const BETTER_DAYS_MIN_DAYS = 5;

export const BETTER_DAYS_NOTE =
  'These are days that happened together, not causes: a tag may go with better days because of ' +
  'something else on those days. Figures from fewer than ' +
  `${BETTER_DAYS_MIN_DAYS} days on either side are not shown.`;

export interface BetterDaysRow {
  date: string;
  kind: EntryKind;
  mood: number | null;
  energy: number | null;
  tags: readonly string[];
  objectiveIds: readonly string[];
}

export type FactorType = 'tag' | 'kind' | 'objective';

export interface Factor {
  type: FactorType;
  /** The tag, the kind, or the objective id. */
  key: string;
  withDays: number;
  withoutDays: number;
  moodWith: number;
  moodWithout: number;
  /** Energy means, where enough days carry an energy rating on both sides; else null. */
  energyWith: number | null;
  energyWithout: number | null;
  /** moodWith − moodWithout. */
  moodDifference: number;
}

export interface BetterDays {
  /** Days with a mood rating in the period. */
  ratedDays: number;
  factors: Factor[];
  /** Factors seen on some rated days but left out for having too few days on one side. */
  tooFewDays: number;
}

interface Day {
  mood: number;
  energy: number | null;
  keys: Set<string>;
}

export function betterDays(
  rows: readonly BetterDaysRow[],
  period: Period,
  minDays: number = BETTER_DAYS_MIN_DAYS,
): BetterDays {
  const acc = new Map<
    string,
    { m: number; mn: number; e: number; en: number; keys: Set<string> }
  >();
  for (const row of rows) {
    if (row.date < period.from || row.date > period.to) continue;
    let day = acc.get(row.date);
    if (!day) acc.set(row.date, (day = { m: 0, mn: 0, e: 0, en: 0, keys: new Set() }));
    if (row.mood !== null) {
      day.m += row.mood;
      day.mn++;
    }
    if (row.energy !== null) {
      day.e += row.energy;
      day.en++;
    }
    day.keys.add(`kind\u0000${row.kind}`);
    for (const tag of row.tags) day.keys.add(`tag\u0000${tag}`);
    for (const id of row.objectiveIds) day.keys.add(`objective\u0000${id}`);
  }
  const days: Day[] = [];
  for (const d of acc.values()) {
    if (d.mn === 0) continue;
    days.push({ mood: d.m / d.mn, energy: d.en ? d.e / d.en : null, keys: d.keys });
  }
  const all = new Set<string>();
  for (const d of days) for (const k of d.keys) all.add(k);

  const factors: Factor[] = [];
  let tooFewDays = 0;
  for (const key of all) {
    const side = { w: stats(), o: stats() };
    for (const d of days) add(d.keys.has(key) ? side.w : side.o, d);
    if (side.w.mn < minDays || side.o.mn < minDays) {
      tooFewDays++;
      continue;
    }
    const [type, value] = key.split('\u0000') as [FactorType, string];
    const energyOk = side.w.en >= minDays && side.o.en >= minDays;
    const moodWith = side.w.m / side.w.mn;
    const moodWithout = side.o.m / side.o.mn;
    factors.push({
      type,
      key: value,
      withDays: side.w.mn,
      withoutDays: side.o.mn,
      moodWith,
      moodWithout,
      energyWith: energyOk ? side.w.e / side.w.en : null,
      energyWithout: energyOk ? side.o.e / side.o.en : null,
      moodDifference: moodWith - moodWithout,
    });
  }
  factors.sort(
    (a, b) =>
      Math.abs(b.moodDifference) - Math.abs(a.moodDifference) ||
      b.withDays - a.withDays ||
      a.key.localeCompare(b.key),
  );
  return { ratedDays: days.length, factors, tooFewDays };
}

function stats() {
  return { m: 0, mn: 0, e: 0, en: 0 };
}

function add(s: ReturnType<typeof stats>, d: Day) {
  s.m += d.mood;
  s.mn++;
  if (d.energy !== null) {
    s.e += d.energy;
    s.en++;
  }
}
