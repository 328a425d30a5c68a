import { create } from 'zustand';
import { addDays, type Period } from '../../../shared/domain/insights/days';

export const PERIOD_CHOICES = [
  { id: '30d', label: '30 days' },
  { id: 'quarter', label: 'Quarter' },
  { id: 'year', label: 'Year' },
  { id: 'all', label: 'All' },
  { id: 'custom', label: 'Custom' },
] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number]['id'];

/** UI state of Insights: the chosen period, kept across navigation. */
interface InsightsUiState {
  choice: PeriodChoice;
  custom: Period | null;
  setChoice: (choice: PeriodChoice) => void;
  setCustom: (period: Period) => void;
}

export const useInsightsUi = create<InsightsUiState>()((set) => ({
  choice: 'year',
  custom: null,
  setChoice: (choice) => set({ choice }),
  setCustom: (custom) => set({ custom, choice: 'custom' }),
}));

/** The days a choice covers, ending today (the last 30 days, 3 months, 12 months, everything). */
export function resolvePeriod(
  choice: PeriodChoice,
  today: string,
  span: Period | null,
  custom: Period | null,
): Period {
  switch (choice) {
    case '30d':
      return { from: addDays(today, -29), to: today };
    case 'quarter':
      return { from: addDays(today, -90), to: today };
    case 'year':
      return { from: addDays(today, -364), to: today };
    case 'all':
      return { from: span?.from && span.from < today ? span.from : today, to: today };
    case 'custom':
      return custom ?? { from: addDays(today, -364), to: today };
  }
}
