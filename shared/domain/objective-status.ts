import { assertNever } from '../util/assert-never';
import type { Objective, ObjectiveStatus } from './records';

/**
 * The status rules of an objective, in one place: which changes are allowed from each status, what
 * each does, and what a change does to `achievedAt`. The objective page, reviews and the coach
 * summary all use these.
 */

export const OBJECTIVE_STATUS_LABELS: Record<ObjectiveStatus, string> = {
  active: 'Active',
  draft: 'Draft',
  paused: 'Paused',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

export type StatusAction = 'activate' | 'pause' | 'achieve' | 'drop' | 'reopen';

/** Which actions make sense from each status; the UI offers exactly these. */
export function allowedActions(status: ObjectiveStatus): StatusAction[] {
  switch (status) {
    case 'draft':
      return ['activate', 'drop'];
    case 'active':
      return ['pause', 'achieve', 'drop'];
    case 'paused':
      return ['activate', 'achieve', 'drop'];
    case 'achieved':
    case 'dropped':
      return ['reopen'];
    default:
      return assertNever(status);
  }
}

export const ACTION_RESULT: Record<StatusAction, ObjectiveStatus> = {
  activate: 'active',
  pause: 'paused',
  achieve: 'achieved',
  drop: 'dropped',
  reopen: 'active',
};

/** The statuses reachable from `status` in one allowed step (itself first). */
export function reachableStatuses(status: ObjectiveStatus): ObjectiveStatus[] {
  return [status, ...new Set(allowedActions(status).map((a) => ACTION_RESULT[a]))].filter(
    (s, i, all) => all.indexOf(s) === i,
  );
}

/** The allowed action that leads from one status to another, or null when none does. */
export function actionTo(from: ObjectiveStatus, to: ObjectiveStatus): StatusAction | null {
  return allowedActions(from).find((a) => ACTION_RESULT[a] === to) ?? null;
}

/**
 * The status fields after an allowed action: `achievedAt` is set when the objective becomes
 * achieved and cleared whenever it is anything else (an objective reopened is not achieved).
 */
export function applyStatusAction(
  objective: Pick<Objective, 'status'>,
  action: StatusAction,
  now: string,
): Pick<Objective, 'status' | 'achievedAt'> | null {
  if (!allowedActions(objective.status).includes(action)) return null;
  const status = ACTION_RESULT[action];
  return { status, achievedAt: status === 'achieved' ? now : null };
}
