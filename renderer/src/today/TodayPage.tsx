import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { markFirstScreenShownAfterPaint } from '../app/firstScreen';
import { Link } from 'wouter';
import { todayIsoDate } from '../../../shared/domain/dates';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import { promptOfTheDay } from '../../../shared/domain/prompts';
import { ENTRY_KINDS, type Entry } from '../../../shared/domain/records';
import { MOD_LABEL } from '../app/routes';
import { useSettings } from '../app/useSettings';
import { entriesForDate } from '../db/repo/entries';
import { LessonsToday } from '../insights/LessonsToday';
import { entryExcerpt } from '../journal/EntryRow';
import { LeafIcon, PlusIcon } from '../ui/icons';
import { useStreak } from './useStreak';
import { useToday } from './useToday';
import './today.css';

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

function streakText(streak: number): string {
  if (streak === 0) return 'Start a streak today.';
  return `${streak} ${streak === 1 ? 'day' : 'days'} in a row`;
}

export function TodayPage() {
  const now = useToday();
  const today = todayIsoDate(now);
  const settings = useSettings();
  const entries = useLiveQuery(() => entriesForDate(today), [today]);
  const loaded = entries !== undefined;
  useEffect(() => {
    if (loaded) markFirstScreenShownAfterPaint();
  }, [loaded]);
  const streak = useStreak(today);
  const name = settings?.name.trim();
  const prompt = promptOfTheDay(today, settings?.promptCategories);

  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">{longDate.format(now)}</p>
        <h1>
          {greeting(now.getHours())}
          {name ? `, ${name}` : ''}
        </h1>
        {streak !== undefined && (
          <p className="today-streak">
            <LeafIcon aria-hidden="true" /> {streakText(streak)}
          </p>
        )}
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

      <LessonsToday today={today} enabled={settings?.resurfaceLessons ?? false} />

      <section className="card today-prompt" aria-labelledby="prompt-heading">
        <h2 id="prompt-heading" className="eyebrow">
          Today’s prompt
        </h2>
        <p className="today-prompt__text">{prompt.text}</p>
        <Link href="/write/daily" className="button button--small">
          Reflect on it
        </Link>
      </section>

      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading" className="section-title">
          Start an entry
        </h2>
        <ul className="kind-grid">
          {ENTRY_KINDS.filter((k) => k !== 'note').map((kind) => (
            <li key={kind}>
              <Link href={`/write/${kind}`} className="kind-card">
                <span className="kind-card__label">{ENTRY_KIND_INFO[kind].label}</span>
                <span className="kind-card__hint">{ENTRY_KIND_INFO[kind].hint}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="today-entries-heading">
        <h2 id="today-entries-heading" className="section-title">
          Today’s entries
        </h2>
        {entries === undefined ? null : entries.length === 0 ? (
          <p className="empty">Nothing written yet today.</p>
        ) : (
          <ul className="entry-list">
            {entries.map((entry: Entry) => {
              const excerpt = entryExcerpt(entry, 160);
              return (
                <li key={entry.id}>
                  <Link href={`/entry/${entry.id}`} className="entry-card">
                    <span className="entry-card__meta">
                      <span className="pill">{ENTRY_KIND_INFO[entry.kind].label}</span>
                      <time dateTime={entry.updatedAt}>
                        {timeOfDay.format(new Date(entry.createdAt))}
                      </time>
                    </span>
                    <span className="entry-card__title">{entry.title.trim() || 'Untitled'}</span>
                    {excerpt && <span className="entry-card__excerpt">{excerpt}</span>}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
