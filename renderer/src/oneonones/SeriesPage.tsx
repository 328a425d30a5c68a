import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useUiStore } from '../app/ui-store';
import { meetingsForSeries, planNextMeeting } from '../db/repo/meetings';
import { deleteSeries, getSeries, updateSeries } from '../db/repo/series';
import { reportError } from '../app/reportError';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { SeriesForm } from './SeriesForm';
import { formatDate } from '../ui/format';
import { ArrowLeftIcon } from '../ui/icons';
import './oneonones.css';

/** `/one-on-ones/:seriesId`: the meetings of one series, newest first. */
export function SeriesPage({ seriesId }: { seriesId: string }) {
  const data = useLiveQuery(async () => {
    const series = await getSeries(seriesId);
    if (!series || series.deleted === 1) return null;
    const meetings = await meetingsForSeries(seriesId);
    return { series, meetings: meetings.sort((a, b) => b.date.localeCompare(a.date)) };
  }, [seriesId]);
  const [, navigate] = useLocation();
  const notify = useUiStore((s) => s.notify);
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);

  if (data === undefined) return <div className="page" aria-busy="true" />;
  if (data === null) {
    return (
      <div className="page">
        <BackToSeries />
        <h1>This 1:1 series is not here</h1>
        <p className="muted">It may have been deleted. Its notes are still in your journal.</p>
      </div>
    );
  }
  const { series, meetings } = data;

  return (
    <div className="page">
      <BackToSeries />
      <header className="page__header">
        <p className="eyebrow">
          {series.person ? `With ${series.person} · ` : ''}every {series.cadenceDays} days
        </p>
        <h1>{series.name}</h1>
      </header>
      {editing && (
        <SeriesForm
          title="Edit this series"
          submitLabel="Save series"
          initial={series}
          save={(input) => updateSeries(series.id, input)}
          onDone={() => setEditing(false)}
        />
      )}
      <div className="oo-actions oo-before">
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void planNextMeeting(series.id)
              .then((m) => navigate(`/one-on-ones/${series.id}/${m.id}`))
              .catch(reportError('The next 1:1 could not be prepared'))
          }
        >
          Prepare next 1:1
        </button>
        {!editing && (
          <button type="button" className="button button--ghost" onClick={() => setEditing(true)}>
            Rename or re-time
          </button>
        )}
        <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
          Delete series
        </button>
      </div>

      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading" className="section-title">
          Meetings
        </h2>
        {meetings.length === 0 ? (
          <p className="empty">No meetings yet. “Prepare next 1:1” starts the first one.</p>
        ) : (
          <ul className="oo-list">
            {meetings.map((m) => (
              <li key={m.id}>
                <Link href={`/one-on-ones/${series.id}/${m.id}`} className="entry-card">
                  <span className="entry-card__meta">
                    <span className="pill">{m.status === 'done' ? 'Held' : 'Planned'}</span>
                  </span>
                  <span className="entry-card__title">{formatDate(m.date)}</span>
                  <span className="entry-card__excerpt">
                    {m.agenda.length === 0
                      ? m.status === 'planned'
                        ? 'Agenda not started'
                        : 'No agenda recorded'
                      : `${m.agenda.length} agenda ${m.agenda.length === 1 ? 'point' : 'points'}`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ConfirmDialog
        open={confirming}
        title={`Delete “${series.name}”?`}
        confirmLabel="Delete series"
        tone="danger"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void deleteSeries(series.id)
            .then(() => {
              notify('Series deleted. Its meeting notes stay in your journal.');
              navigate('/one-on-ones');
            })
            .catch(reportError('The series was not deleted'));
        }}
      >
        <p>Its meeting notes stay in your journal as 1:1 notes entries.</p>
      </ConfirmDialog>
    </div>
  );
}

export function BackToSeries() {
  return (
    <Link href="/one-on-ones" className="back-link">
      <ArrowLeftIcon /> 1:1s
    </Link>
  );
}
