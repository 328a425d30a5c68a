import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { toIsoDate, todayIsoDate } from '../../../shared/domain/dates';
import { useSettings } from '../app/useSettings';
import { entryCountsByDay } from '../db/repo/entries';
import { JournalNav } from './JournalNav';
import { level } from './heatLevel';
import { YearHeatmap } from './YearHeatmap';
import { useJournalUi } from './journal-store';
import './journal.css';

const monthTitle = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const weekdayShort = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const dayLabel = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/** A month grid of days with entries, and a year heatmap, read from index keys only. */
export function CalendarPage() {
  const settings = useSettings();
  const weekStart = settings?.weekStart ?? 1;
  const now = new Date();
  const [month, setMonth] = useState(() => new Date(now.getFullYear(), now.getMonth(), 1));
  const year = month.getFullYear();
  const counts = useLiveQuery(() => entryCountsByDay(`${year}-01-01`, `${year}-12-31`), [year]);
  const setFilters = useJournalUi((s) => s.setFilters);
  const today = todayIsoDate();

  const first = month;
  const offset = (first.getDay() - weekStart + 7) % 7;
  const daysInMonth = new Date(year, month.getMonth() + 1, 0).getDate();
  const cells: (Date | null)[] = [
    ...Array.from({ length: offset }, () => null),
    ...Array.from({ length: daysInMonth }, (_, i) => new Date(year, month.getMonth(), i + 1)),
  ];
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    weekdayShort.format(new Date(2024, 0, 7 + ((weekStart + i) % 7))),
  );
  const shift = (delta: number) => setMonth(new Date(year, month.getMonth() + delta, 1));

  return (
    <div className="page page--wide">
      <header className="page__header">
        <h1>Calendar</h1>
        <p className="muted">Days you wrote, at a glance. Pick a day to see its entries.</p>
      </header>
      <JournalNav />
      <section className="card" aria-labelledby="month-heading">
        <div className="calendar__bar">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => shift(-1)}
          >
            ← Previous month
          </button>
          <h2 id="month-heading" className="calendar__title">
            {monthTitle.format(month)}
          </h2>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => shift(1)}
          >
            Next month →
          </button>
        </div>
        <div className="calendar" role="grid" aria-labelledby="month-heading">
          <div role="row" className="calendar__week">
            {weekdays.map((w) => (
              <span key={w} role="columnheader" className="calendar__weekday">
                {w}
              </span>
            ))}
          </div>
          {Array.from({ length: Math.ceil(cells.length / 7) }, (_, week) => (
            <div role="row" key={week} className="calendar__week">
              {cells.slice(week * 7, week * 7 + 7).map((day, i) => {
                if (!day)
                  return (
                    <span
                      key={`e${i}`}
                      role="gridcell"
                      className="calendar__cell calendar__cell--empty"
                    />
                  );
                const iso = toIsoDate(day);
                const count = counts?.get(iso) ?? 0;
                return (
                  <span key={iso} role="gridcell" className="calendar__cell">
                    <Link
                      href="/journal"
                      className={`calendar__day calendar__day--l${level(count)}${iso === today ? ' calendar__day--today' : ''}`}
                      aria-label={`${dayLabel.format(day)}: ${count} ${count === 1 ? 'entry' : 'entries'}`}
                      onClick={() => setFilters({ from: iso, to: iso })}
                    >
                      {day.getDate()}
                    </Link>
                  </span>
                );
              })}
            </div>
          ))}
        </div>
      </section>
      <YearHeatmap year={year} counts={counts} />
    </div>
  );
}
