import { toIsoDate } from './dates';
import type { Objective } from './records';

/** Days from one local calendar date to another (both `YYYY-MM-DD`), ignoring time zones. */
export function daysBetween(from: string, to: string): number {
  const toUtc = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/**
 * An objective is stale when it is active and nobody has checked in on it for `staleAfterDays`
 * days. Before the first check-in, the clock starts when the objective was created, so a new
 * objective is not nagged about on day one.
 */
export function isStale(
  objective: Pick<Objective, 'status' | 'createdAt'>,
  lastCheckInDate: string | null,
  today: string,
  staleAfterDays: number,
): boolean {
  if (objective.status !== 'active') return false;
  const since = lastCheckInDate ?? toIsoDate(new Date(objective.createdAt));
  return daysBetween(since, today) >= staleAfterDays;
}

/** Past its target date and still open (draft, active or paused). */
export function isOverdue(
  objective: Pick<Objective, 'status' | 'targetDate'>,
  today: string,
): boolean {
  if (!objective.targetDate) return false;
  if (objective.status === 'achieved' || objective.status === 'dropped') return false;
  return objective.targetDate < today;
}
