import { toIsoDate } from '../../../shared/domain/dates';
import { level } from './heatLevel';
import './journal.css';

/** A year of days, shaded by how many entries each has (Calendar and Insights). */
export function YearHeatmap({
  year,
  counts,
}: {
  year: number;
  counts: Map<string, number> | undefined;
}) {
  const start = new Date(year, 0, 1);
  const days: Date[] = [];
  for (
    let d = new Date(start);
    d.getFullYear() === year;
    d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)
  )
    days.push(d);
  const total = counts ? [...counts.values()].reduce((a, b) => a + b, 0) : 0;
  const activeDays = counts?.size ?? 0;
  return (
    <section className="card" aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading" className="section-title">
        {year} at a glance
      </h2>
      <p className="muted">
        {total} {total === 1 ? 'entry' : 'entries'} on {activeDays}{' '}
        {activeDays === 1 ? 'day' : 'days'}.
      </p>
      <div
        className="heatmap"
        role="img"
        aria-label={`Activity in ${year}: ${total} entries on ${activeDays} days`}
      >
        {Array.from({ length: start.getDay() }, (_, i) => (
          <span key={`pad${i}`} className="heatmap__cell heatmap__cell--pad" />
        ))}
        {days.map((d) => {
          const iso = toIsoDate(d);
          return (
            <span
              key={iso}
              className={`heatmap__cell heatmap__cell--l${level(counts?.get(iso) ?? 0)}`}
              title={iso}
            />
          );
        })}
      </div>
    </section>
  );
}
