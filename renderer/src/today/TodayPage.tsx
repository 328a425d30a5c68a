import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { todayIsoDate } from '../../../shared/domain/dates';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import type { Entry } from '../../../shared/domain/records';
import { MOD_LABEL } from '../app/routes';
import { useSettings } from '../app/useSettings';
import { entriesForDate } from '../db/repo/entries';
import { PlusIcon } from '../ui/icons';
import { useToday } from './useToday';

function greeting(hour: number): string {
  if (hour < 5) return 'Good night';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

const longDate = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

function excerpt(entry: Entry): string {
  const text = entry.body
    .replace(/[#*_>`[\]-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

export function TodayPage() {
  const now = useToday();
  const today = todayIsoDate(now);
  const settings = useSettings();
  const entries = useLiveQuery(() => entriesForDate(today), [today]);
  const name = settings?.name.trim();

  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">{longDate.format(now)}</p>
        <h1>
          {greeting(now.getHours())}
          {name ? `, ${name}` : ''}
        </h1>
      </header>

      <section className="card start-card" aria-labelledby="start-heading">
        <div>
          <h2 id="start-heading">Write</h2>
          <p className="muted">A few lines are enough. Everything saves as you type.</p>
        </div>
        <Link href="/write/note" className="button button--primary" aria-keyshortcuts="Control+N">
          <PlusIcon /> New note <kbd>{MOD_LABEL}+N</kbd>
        </Link>
      </section>

      <section aria-labelledby="today-entries-heading">
        <h2 id="today-entries-heading" className="section-title">
          Today’s entries
        </h2>
        {entries === undefined ? null : entries.length === 0 ? (
          <p className="empty">Nothing written yet today.</p>
        ) : (
          <ul className="entry-list">
            {entries.map((entry) => (
              <li key={entry.id}>
                <Link href={`/entry/${entry.id}`} className="entry-card">
                  <span className="entry-card__meta">
                    <span className="pill">{ENTRY_KIND_INFO[entry.kind].label}</span>
                    <time dateTime={entry.updatedAt}>
                      {timeOfDay.format(new Date(entry.createdAt))}
                    </time>
                  </span>
                  <span className="entry-card__title">{entry.title.trim() || 'Untitled'}</span>
                  {excerpt(entry) && <span className="entry-card__excerpt">{excerpt(entry)}</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
