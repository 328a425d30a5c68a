import type { ObjectiveStatus } from '../records';
import { addDays, monthOf, periodLabel, weekOf, type Period } from './period';
import type { ReviewPromptId } from './review';

/**
 * What a review is, apart from the screen: its cadence and period, its stable key, its title, and
 * the rules that turn what was typed in the objectives part into updates the repository applies.
 */

export type ReviewCadence = 'weekly' | 'monthly';

export type ReviewAnswers = Record<ReviewPromptId, string>;

export function reviewPeriod(cadence: ReviewCadence, anchor: string, weekStart: number): Period {
  return cadence === 'weekly' ? weekOf(anchor, weekStart) : monthOf(anchor);
}

/** A day inside the period before (-1) or after (+1) this one. */
export function stepReviewAnchor(cadence: ReviewCadence, period: Period, by: -1 | 1): string {
  return cadence === 'weekly'
    ? addDays(period.from, 7 * by)
    : addDays(by < 0 ? period.from : period.to, by);
}

export function reviewTitle(cadence: ReviewCadence, period: Period): string {
  return `${cadence === 'weekly' ? 'Weekly' : 'Monthly'} review — ${periodLabel(period)}`;
}

/**
 * The review entry's id, derived from its stable key (cadence and period): the same week's review
 * is the same record on every visit and on every device, whatever its title says. A UUID of
 * version 8 ("custom") built from the SHA-256 of the key.
 */
export async function reviewEntryId(cadence: ReviewCadence, period: Period): Promise<string> {
  const key = `grove.review:${cadence}:${period.from}:${period.to}`;
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)),
  );
  const bytes = digest.slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What the person typed for one objective in the review. */
export interface ObjectiveReviewInput {
  /** Progress in percent as typed; empty for "no new check-in". */
  progress: string;
  /** 1–5 as typed in the select. */
  confidence: string;
  /** The chosen status; null when unchanged. */
  status: ObjectiveStatus | null;
}

export interface ReviewObjectiveUpdate {
  objectiveId: string;
  /** A new check-in, when the person gave a progress figure. */
  checkIn: { progress: number; confidence: number; note: string } | null;
  /** A new status, when the person changed it. */
  status: ObjectiveStatus | null;
}

/**
 * The updates a review applies, from what was typed: objectives with neither a progress figure nor
 * a changed status are left alone. A progress outside 0–100 is refused with a message naming the
 * objective, and nothing is applied.
 */
export function reviewUpdates(
  objectives: readonly { id: string; title: string; status: ObjectiveStatus }[],
  inputs: Readonly<Record<string, Partial<ObjectiveReviewInput>>>,
  note: string,
): { updates: ReviewObjectiveUpdate[] } | { problem: string } {
  const updates: ReviewObjectiveUpdate[] = [];
  for (const objective of objectives) {
    const input = inputs[objective.id] ?? {};
    const typed = input.progress?.trim() ?? '';
    const status = input.status && input.status !== objective.status ? input.status : null;
    if (typed === '' && status === null) continue;
    const progress = Number(typed);
    if (typed !== '' && (!Number.isFinite(progress) || progress < 0 || progress > 100)) {
      return { problem: `Progress for “${objective.title}” must be a number from 0 to 100.` };
    }
    updates.push({
      objectiveId: objective.id,
      checkIn: typed === '' ? null : { progress, confidence: Number(input.confidence ?? 3), note },
      status,
    });
  }
  return { updates };
}
