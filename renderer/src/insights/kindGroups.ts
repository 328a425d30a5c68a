import type { EntryKind } from '../../../shared/domain/records';

/** Entry kinds in four groups, so a weekly chart stays readable with four colours. */
export const KIND_GROUPS: { label: string; kinds: EntryKind[] }[] = [
  { label: 'Reflection', kinds: ['daily', 'note', 'review'] },
  { label: 'Growth', kinds: ['reframe', 'aar', 'experiment'] },
  { label: 'Feedback and 1:1s', kinds: ['feedback', 'oneOnOne'] },
  { label: 'Wins', kinds: ['win'] },
];

export function groupCounts(byKind: Partial<Record<EntryKind, number>>): number[] {
  return KIND_GROUPS.map((g) => g.kinds.reduce((sum, k) => sum + (byKind[k] ?? 0), 0));
}
