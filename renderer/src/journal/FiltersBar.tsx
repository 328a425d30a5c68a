import { useLiveQuery } from 'dexie-react-hooks';
import { useFirstScreenShown } from '../app/firstScreen';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import { ENTRY_KINDS, entryKindSchema } from '../../../shared/domain/records';
import { liveObjectives } from '../db/repo/objectives';
import { allTags } from '../db/repo/entries';
import { hasFilters } from '../search/filters';
import { useJournalUi } from './journal-store';

/** Kind, tag, objective, mood and date range; shared by the timeline and search. */
export function FiltersBar() {
  const filters = useJournalUi((s) => s.filters);
  const setFilters = useJournalUi((s) => s.setFilters);
  const clearFilters = useJournalUi((s) => s.clearFilters);
  // Every entry's tags are read (decrypted, with encryption on) to list them: only once the
  // first screen is painted, never in the way of its own reads.
  const shown = useFirstScreenShown();
  const tags = useLiveQuery(() => (shown ? allTags() : []), [shown]) ?? [];
  const objectives = useLiveQuery(() => (shown ? liveObjectives() : []), [shown]) ?? [];

  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label className="filters__field">
        <span className="field__label">Kind</span>
        <select
          value={filters.kind ?? ''}
          onChange={(e) => {
            const kind = entryKindSchema.safeParse(e.target.value);
            setFilters({ kind: kind.success ? kind.data : null });
          }}
        >
          <option value="">All kinds</option>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {ENTRY_KIND_INFO[k].label}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span className="field__label">Tag</span>
        <select
          value={filters.tag ?? ''}
          onChange={(e) => setFilters({ tag: e.target.value || null })}
        >
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span className="field__label">Objective</span>
        <select
          value={filters.objectiveId ?? ''}
          onChange={(e) => setFilters({ objectiveId: e.target.value || null })}
        >
          <option value="">All objectives</option>
          {objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span className="field__label">Mood</span>
        <select
          value={filters.mood ?? ''}
          onChange={(e) => setFilters({ mood: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">Any mood</option>
          {[5, 4, 3, 2, 1].map((m) => (
            <option key={m} value={m}>
              {m} of 5
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span className="field__label">From</span>
        <input
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => setFilters({ from: e.target.value || null })}
        />
      </label>
      <label className="filters__field">
        <span className="field__label">To</span>
        <input
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => setFilters({ to: e.target.value || null })}
        />
      </label>
      {hasFilters(filters) && (
        <button type="button" className="button button--ghost button--small" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </form>
  );
}
