import type { EntryKind } from '../../../shared/domain/records';

/** What the timeline and the search page can be narrowed to. All optional, all combinable. */
export interface EntryFilters {
  kind: EntryKind | null;
  tag: string | null;
  objectiveId: string | null;
  /** Only entries with this mood (1–5). */
  mood: number | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: EntryFilters = {
  kind: null,
  tag: null,
  objectiveId: null,
  mood: null,
  from: null,
  to: null,
};

/** The facts about an entry that filters need, kept in memory beside the search index. */
export interface EntryMeta {
  id: string;
  date: string;
  kind: EntryKind;
  title: string;
  tags: readonly string[];
  objectiveIds: readonly string[];
  mood: number | null;
}

export function matchesFilters(meta: EntryMeta, f: EntryFilters): boolean {
  if (f.kind && meta.kind !== f.kind) return false;
  if (f.tag && !meta.tags.includes(f.tag)) return false;
  if (f.objectiveId && !meta.objectiveIds.includes(f.objectiveId)) return false;
  if (f.mood !== null && meta.mood !== f.mood) return false;
  if (f.from && meta.date < f.from) return false;
  if (f.to && meta.date > f.to) return false;
  return true;
}

/** Filters the database indexes can answer alone (kind and dates); the rest need the memory index. */
export function needsMemoryIndex(f: EntryFilters): boolean {
  return f.tag !== null || f.objectiveId !== null || f.mood !== null;
}

export function hasFilters(f: EntryFilters): boolean {
  return (
    f.kind !== null ||
    f.tag !== null ||
    f.objectiveId !== null ||
    f.mood !== null ||
    f.from !== null ||
    f.to !== null
  );
}
