import { useState } from 'react';
import { ENTRY_KINDS, type EntryKind, type Objective } from '../../../shared/domain/records';
import { todayIsoDate, toIsoDate } from '../../../shared/domain/dates';
import type { CoachSelection } from '../db/repo/coachExport';

export type PeriodPreset = 'month' | 'quarter' | 'half' | 'custom';

export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, today = new Date()) {
  const days = preset === 'month' ? 30 : preset === 'quarter' ? 91 : 182;
  const from = new Date(today);
  from.setDate(from.getDate() - (days - 1));
  return { from: toIsoDate(from), to: todayIsoDate(today) };
}

/** Objectives offered by default: the ones still moving or finished, not drafts or dropped ones. */
export const isDefaultObjective = (o: Objective) =>
  o.status === 'active' || o.status === 'achieved' || o.status === 'paused';

/**
 * The choices on the coach export screen. Objective ids left unset mean "the defaults", so new
 * objectives appear ticked without copying stored records into state.
 */
export function useCoachSelection() {
  const [preset, setPreset] = useState<PeriodPreset>('quarter');
  const [range, setRange] = useState(() => presetRange('quarter'));
  const [kinds, setKinds] = useState<EntryKind[]>([...ENTRY_KINDS]);
  const [objectiveIds, setObjectiveIds] = useState<string[] | null>(null);
  const [includeActionItems, setIncludeActionItems] = useState(true);
  // Off until the person asks: the figures count private entries too.
  const [includeYearReview, setIncludeYearReview] = useState(false);

  const choosePreset = (next: PeriodPreset) => {
    setPreset(next);
    if (next !== 'custom') setRange(presetRange(next));
  };

  const selectionFor = (objectives: readonly Objective[]): CoachSelection => ({
    from: range.from <= range.to ? range.from : range.to,
    to: range.from <= range.to ? range.to : range.from,
    entryKinds: kinds,
    objectiveIds: objectiveIds ?? objectives.filter(isDefaultObjective).map((o) => o.id),
    includeActionItems,
    includeYearReview,
  });

  return {
    preset,
    choosePreset,
    range,
    setRange: (next: { from: string; to: string }) => {
      setPreset('custom');
      setRange(next);
    },
    kinds,
    toggleKind: (kind: EntryKind) =>
      setKinds((current) =>
        current.includes(kind)
          ? current.filter((k) => k !== kind)
          : ENTRY_KINDS.filter((k) => k === kind || current.includes(k)),
      ),
    setObjectiveIds,
    objectiveIds,
    includeActionItems,
    setIncludeActionItems,
    includeYearReview,
    setIncludeYearReview,
    selectionFor,
  };
}
