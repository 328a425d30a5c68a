import type { CheckIn, KeyResult, KeyResultMeasure } from './records';

/**
 * How far along an objective is, in percent. The rule, as the UI states it: each key result counts
 * equally; a numeric one is the share of the way from its start to its target (capped at 100%, so
 * over-achieving one key result does not hide another that has not moved); a done/not-done one is
 * 0% or 100%. With no key results, the latest check-in's progress stands in. No data: null.
 */
export function keyResultProgress(measure: KeyResultMeasure): number {
  if (measure.type === 'done') return measure.done ? 100 : 0;
  const { start, target, current } = measure;
  if (target === start) {
    // A zero-width range is met or not: "reach 5 when at 5" is done.
    return current >= target ? 100 : 0;
  }
  const share = (current - start) / (target - start);
  return clampPercent(share * 100);
}

export function deriveObjectiveProgress(
  keyResults: readonly Pick<KeyResult, 'measure' | 'deleted'>[],
  checkIns: readonly Pick<CheckIn, 'date' | 'progress' | 'deleted' | 'createdAt'>[] = [],
): number | null {
  const live = keyResults.filter((kr) => kr.deleted === 0);
  if (live.length > 0) {
    const total = live.reduce((sum, kr) => sum + keyResultProgress(kr.measure), 0);
    return roundPercent(total / live.length);
  }
  const latest = latestCheckIn(checkIns);
  return latest ? roundPercent(latest.progress) : null;
}

export function latestCheckIn<T extends Pick<CheckIn, 'date' | 'deleted' | 'createdAt'>>(
  checkIns: readonly T[],
): T | undefined {
  let latest: T | undefined;
  for (const checkIn of checkIns) {
    if (checkIn.deleted === 1) continue;
    if (
      !latest ||
      checkIn.date > latest.date ||
      (checkIn.date === latest.date && checkIn.createdAt > latest.createdAt)
    ) {
      latest = checkIn;
    }
  }
  return latest;
}

function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}

function roundPercent(value: number): number {
  return Math.round(clampPercent(value) * 10) / 10;
}
