import type { ActivityKind, ObjectiveStatus } from '../../../shared/domain/records';
import type { ActivityStatus } from '../db/repo/activities';
import type { StatusAction } from '../../../shared/domain/objective-status';

export { OBJECTIVE_STATUS_LABELS as STATUS_LABELS } from '../../../shared/domain/objective-status';

/** The order of the groups on the objectives list: what needs attention first. */
export const STATUS_ORDER: readonly ObjectiveStatus[] = [
  'active',
  'draft',
  'paused',
  'achieved',
  'dropped',
];

export const ACTION_LABELS: Record<StatusAction, string> = {
  activate: 'Make active',
  pause: 'Pause',
  achieve: 'Mark achieved',
  drop: 'Drop',
  reopen: 'Reopen',
};

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  training: 'Formal training',
  workshop: 'Workshop',
  course: 'Course',
  book: 'Book',
  mentoring: 'Mentoring',
  stretch: 'On-the-job stretch',
  selfStudy: 'Self-directed study',
  community: 'Community of practice',
  other: 'Other',
};

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: 'Planned',
  inProgress: 'In progress',
  done: 'Done',
};

export const CONFIDENCE_LABELS: Record<number, string> = {
  1: '1 · very unsure',
  2: '2 · unsure',
  3: '3 · fifty-fifty',
  4: '4 · confident',
  5: '5 · very confident',
};

export const PROGRESS_RULE =
  'Progress is the average of the key results: a number counts as the share of the way from its start to its target (at most 100%), a milestone as 0% or 100%. With no key results, the latest check-in stands in.';

export function formatPercent(value: number | null): string {
  return value === null ? 'No progress data yet' : `${Math.round(value)}%`;
}
