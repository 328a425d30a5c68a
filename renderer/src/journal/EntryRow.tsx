import { Link } from 'wouter';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import type { Entry } from '../../../shared/domain/records';
import { plainText } from '../../../shared/domain/search-text';

/** A short plain-text excerpt of an entry: its body, or its first answer. */
export function entryExcerpt(entry: Entry, length = 180): string {
  const source = entry.body.trim() || Object.values(entry.answers).find((a) => a.trim()) || '';
  const text = plainText(source.slice(0, length * 4));
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** One entry as a card that opens it. */
export function EntryRow({ entry }: { entry: Entry }) {
  const excerpt = entryExcerpt(entry);
  return (
    <Link href={`/entry/${entry.id}`} className="entry-card" data-entry-link="">
      <span className="entry-card__meta">
        <span className="pill">{ENTRY_KIND_INFO[entry.kind].label}</span>
        {entry.mood !== null && <span>Mood {entry.mood}/5</span>}
        {entry.tags.slice(0, 4).map((t) => (
          <span key={t}>#{t}</span>
        ))}
        {entry.sharing === 'shareable' && <span>Shareable</span>}
      </span>
      <span className="entry-card__title">{entry.title.trim() || 'Untitled'}</span>
      {excerpt && <span className="entry-card__excerpt">{excerpt}</span>}
    </Link>
  );
}
