import { isStale } from '../stale';
import type { CheckIn, Objective, ObjectiveStatus } from '../records';
import { dayNumber, type Period } from './days';

export interface ObjectiveTimeline {
  id: string;
  title: string;
  status: ObjectiveStatus;
  /** Check-ins in the period, oldest first. */
  points: { date: string; progress: number; confidence: number }[];
  /** Mean days between consecutive check-ins in the period (null with fewer than two). */
  cadenceDays: number | null;
  /** Last confidence minus first, within the period (null with fewer than two check-ins). */
  confidenceChange: number | null;
  achieved: boolean;
  /** Active, with no check-in for the stale period (the rule Objectives uses). */
  stalled: boolean;
}

type ObjectiveFields = Pick<Objective, 'id' | 'title' | 'status' | 'createdAt' | 'achievedAt'>;
type CheckInFields = Pick<CheckIn, 'objectiveId' | 'date' | 'progress' | 'confidence'>;

/**
 * Each objective's course over the period, from its check-ins: the progress line, how often it
 * was checked on, whether confidence rose or fell, and whether it was achieved or has stalled.
 * Objectives with no check-in in the period and not achieved in it are left out.
 */
export function objectiveTimelines(
  objectives: readonly ObjectiveFields[],
  checkIns: readonly CheckInFields[],
  period: Period,
  today: string,
  staleAfterDays: number,
): ObjectiveTimeline[] {
  const byObjective = new Map<string, CheckInFields[]>();
  const latest = new Map<string, string>();
  for (const c of checkIns) {
    if ((latest.get(c.objectiveId) ?? '') < c.date) latest.set(c.objectiveId, c.date);
    if (c.date < period.from || c.date > period.to) continue;
    let list = byObjective.get(c.objectiveId);
    if (!list) byObjective.set(c.objectiveId, (list = []));
    list.push(c);
  }
  const result: ObjectiveTimeline[] = [];
  for (const o of objectives) {
    const list = (byObjective.get(o.id) ?? []).sort((a, b) => (a.date < b.date ? -1 : 1));
    const achievedDay = o.achievedAt ? o.achievedAt.slice(0, 10) : null;
    const achievedInPeriod =
      o.status === 'achieved' &&
      achievedDay !== null &&
      achievedDay >= period.from &&
      achievedDay <= period.to;
    if (list.length === 0 && !achievedInPeriod) continue;
    const gaps: number[] = [];
    for (let i = 1; i < list.length; i++) {
      gaps.push(dayNumber(list[i]!.date) - dayNumber(list[i - 1]!.date));
    }
    result.push({
      id: o.id,
      title: o.title,
      status: o.status,
      points: list.map((c) => ({ date: c.date, progress: c.progress, confidence: c.confidence })),
      cadenceDays: gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : null,
      confidenceChange:
        list.length >= 2 ? list[list.length - 1]!.confidence - list[0]!.confidence : null,
      achieved: o.status === 'achieved',
      stalled: isStale(o, latest.get(o.id) ?? null, today, staleAfterDays),
    });
  }
  return result.sort((a, b) => a.title.localeCompare(b.title));
}
