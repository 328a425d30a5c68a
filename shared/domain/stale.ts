import { localDateOf } from './dates';
import { daysBetween } from './oneonones/period';
import type { Objective } from './records';

/** Days from one local calendar date to another: the one implementation lives with periods. */
export { daysBetween };

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
  const since = lastCheckInDate ?? localDateOf(objective.createdAt);
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
