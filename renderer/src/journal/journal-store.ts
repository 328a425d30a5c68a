import { create } from 'zustand';
import { NO_FILTERS, type EntryFilters } from '../search/filters';

/** UI state of the journal screens: the filters and the search text, kept across navigation. */
interface JournalUiState {
  filters: EntryFilters;
  query: string;
  setFilters: (patch: Partial<EntryFilters>) => void;
  clearFilters: () => void;
  setQuery: (query: string) => void;
}

export const useJournalUi = create<JournalUiState>()((set) => ({
  filters: NO_FILTERS,
  query: '',
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setQuery: (query) => set({ query }),
}));
