import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { todayIsoDate } from '../../../shared/domain/dates';
import { openActionItems } from '../db/repo/actionItems';
import { meetingsForSeries, planNextMeeting } from '../db/repo/meetings';
import { createSeries, liveSeries } from '../db/repo/series';
import { ValidationError } from '../db/repo/validation';
import { formatDate } from '../ui/format';
import { OneOnOnesTabs } from './OneOnOnesTabs';

function useSeriesOverview() {
  return useLiveQuery(async () => {
    const [series, open] = await Promise.all([liveSeries(), openActionItems()]);
    const today = todayIsoDate();
    return Promise.all(
      series.map(async (s) => {
        const meetings = await meetingsForSeries(s.id);
        const planned = meetings
          .filter((m) => m.status === 'planned')
          .sort((a, b) => a.date.localeCompare(b.date))[0];
        const last = meetings
          .filter((m) => m.status === 'done')
          .sort((a, b) => b.date.localeCompare(a.date))[0];
        const items = open.filter((i) => i.seriesId === s.id);
        return {
          series: s,
          planned,
          last,
          openCount: items.length,
          overdueCount: items.filter((i) => i.dueDate !== null && i.dueDate < today).length,
        };
      }),
    );
  }, []);
}

/** `/one-on-ones`: every series, its next meeting and open items, and a form for a new series. */
export function OneOnOnesPage() {
  const overview = useSeriesOverview();
  const [, navigate] = useLocation();

  const openNext = async (seriesId: string) => {
    const meeting = await planNextMeeting(seriesId);
    navigate(`/one-on-ones/${seriesId}/${meeting.id}`);
  };

  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Prepare in a minute</p>
        <h1>1:1s</h1>
        <p className="lead">
          Everything since your last 1:1, an agenda built from it, and action items that follow you
          until they are done.
        </p>
      </header>
      <OneOnOnesTabs />

      <section aria-labelledby="series-heading" className="oo-stack">
        <h2 id="series-heading" className="section-title">
          Your 1:1s
        </h2>
        {overview === undefined ? null : overview.length === 0 ? (
          <p className="empty">
            No 1:1s yet. Add the first one below — your manager, a mentor, a coach.
          </p>
        ) : (
          <ul className="oo-list">
            {overview.map(({ series, planned, last, openCount, overdueCount }) => (
              <li key={series.id} className="card oo-row">
                <div className="oo-row__main">
                  <Link href={`/one-on-ones/${series.id}`}>
                    <strong>{series.name}</strong>
                  </Link>
                  <span className="oo-meta">
                    {series.person ? `With ${series.person} · ` : ''}every {series.cadenceDays}{' '}
                    {series.cadenceDays === 1 ? 'day' : 'days'}
                    {last ? ` · last on ${formatDate(last.date)}` : ''}
                    {planned ? ` · next on ${formatDate(planned.date)}` : ''}
                  </span>
                  <span className="oo-meta">
                    {openCount} open action {openCount === 1 ? 'item' : 'items'}
                    {overdueCount > 0 ? `, ${overdueCount} overdue` : ''}
                  </span>
                </div>
                <div className="oo-row__actions">
                  <button
                    type="button"
                    className="button button--primary button--small"
                    onClick={() => void openNext(series.id)}
                    aria-label={`Prepare next 1:1: ${series.name}`}
                  >
                    Prepare next 1:1
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        <NewSeriesForm />
      </section>
    </div>
  );
}

function NewSeriesForm() {
  const [name, setName] = useState('');
  const [person, setPerson] = useState('');
  const [cadence, setCadence] = useState('14');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setError('Give the series a name, for example “Weekly with my manager”.');
      return;
    }
    const cadenceDays = Number(cadence);
    if (!Number.isInteger(cadenceDays) || cadenceDays < 1 || cadenceDays > 365) {
      setError('How often must be a whole number of days, from 1 to 365.');
      return;
    }
    try {
      await createSeries({ name, person, cadenceDays });
      setName('');
      setPerson('');
      setError(null);
    } catch (err) {
      setError(err instanceof ValidationError ? err.message : 'The series could not be saved.');
    }
  };

  return (
    <form className="card oo-stack" onSubmit={(e) => void submit(e)} aria-labelledby="new-series">
      <h3 id="new-series">Add a 1:1 series</h3>
      <div className="oo-inline-form">
        <label className="field oo-grow">
          <span className="field__label">Name</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Weekly with my manager"
            maxLength={120}
            aria-invalid={error !== null && name.trim() === ''}
          />
        </label>
        <label className="field oo-grow">
          <span className="field__label">With (person)</span>
          <input
            value={person}
            onChange={(e) => setPerson(e.target.value)}
            placeholder="Sam"
            maxLength={120}
          />
        </label>
        <label className="field">
          <span className="field__label">Every (days)</span>
          <input
            type="number"
            min={1}
            max={365}
            value={cadence}
            onChange={(e) => setCadence(e.target.value)}
            className="oo-input"
            style={{ width: '6rem' }}
          />
        </label>
        <button type="submit" className="button button--primary">
          Add series
        </button>
      </div>
      {error && (
        <p className="oo-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
