import { Link } from 'wouter';
import type { ReviewRollUp } from '../../../shared/domain/oneonones/review';
import { formatDate } from '../ui/format';

const MAX_RATING = 5;

/** The period at a glance: entries by kind, wins, lessons, items closed, mood and energy. */
export function ReviewRollUpPanel({ rollUp }: { rollUp: ReviewRollUp }) {
  return (
    <section className="card oo-card rv-rollup" aria-labelledby="rollup-heading">
      <h2 id="rollup-heading">The period at a glance</h2>
      {rollUp.totalEntries === 0 ? (
        <p className="empty">No entries in this period.</p>
      ) : (
        <ul className="rv-chips" aria-label="Entries by kind">
          {rollUp.countsByKind.map((k) => (
            <li key={k.kind} className="pill">
              {k.label}: {k.count}
            </li>
          ))}
        </ul>
      )}
      <div className="oo-grid rv-columns">
        <div>
          <h3>Wins</h3>
          {rollUp.wins.length === 0 ? (
            <p className="muted">No wins written down.</p>
          ) : (
            <ul>
              {rollUp.wins.map((w) => (
                <li key={w.id}>
                  <Link href={`/entry/${w.id}`}>{w.text}</Link>{' '}
                  <span className="oo-meta">{formatDate(w.date)}</span>
                </li>
              ))}
            </ul>
          )}
          <h3>Lessons</h3>
          {rollUp.lessons.length === 0 ? (
            <p className="muted">No after-action reviews or experiments.</p>
          ) : (
            <ul>
              {rollUp.lessons.map((l) => (
                <li key={l.id}>
                  <Link href={`/entry/${l.id}`}>{l.text}</Link>
                </li>
              ))}
            </ul>
          )}
          <h3>Action items done</h3>
          {rollUp.actionItemsDone.length === 0 ? (
            <p className="muted">None closed in this period.</p>
          ) : (
            <ul>
              {rollUp.actionItemsDone.map((a) => (
                <li key={a.id}>{a.text}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>Mood and energy</h3>
          {rollUp.trend.length === 0 ? (
            <p className="muted">No mood or energy recorded.</p>
          ) : (
            <>
              <p className="oo-meta">
                Average mood {rollUp.averageMood ?? '—'} / 5 · energy {rollUp.averageEnergy ?? '—'}{' '}
                / 5
              </p>
              <div className="rv-trend" role="table" aria-label="Mood and energy by day">
                {rollUp.trend.map((t) => (
                  <div key={t.date} role="row" className="rv-trend__row">
                    <span role="rowheader">{formatDate(t.date)}</span>
                    <span role="cell" aria-label={`Mood ${t.mood ?? 'not recorded'}`}>
                      <span
                        className="rv-bar"
                        style={{
                          display: 'block',
                          width: `${((t.mood ?? 0) / MAX_RATING) * 100}%`,
                        }}
                      />
                    </span>
                    <span role="cell" aria-label={`Energy ${t.energy ?? 'not recorded'}`}>
                      <span
                        className="rv-bar rv-bar--energy"
                        style={{
                          display: 'block',
                          width: `${((t.energy ?? 0) / MAX_RATING) * 100}%`,
                        }}
                      />
                    </span>
                  </div>
                ))}
              </div>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
