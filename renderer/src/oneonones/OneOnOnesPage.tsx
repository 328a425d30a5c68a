import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation } from 'wouter';
import { todayIsoDate } from '../../../shared/domain/dates';
import { openActionItems } from '../db/repo/actionItems';
import { meetingsForSeries, planNextMeeting } from '../db/repo/meetings';
import { createSeries, liveSeries } from '../db/repo/series';
import { formatDate } from '../ui/format';
import { OneOnOnesTabs } from './OneOnOnesTabs';
import { SeriesForm } from './SeriesForm';

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
        <SeriesForm
          title="Add a 1:1 series"
          submitLabel="Add series"
          initial={{ name: '', person: '', cadenceDays: 14 }}
          save={createSeries}
        />
      </section>
    </div>
  );
}
