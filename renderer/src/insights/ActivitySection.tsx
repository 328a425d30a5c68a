import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Period } from '../../../shared/domain/insights/days';
import { entryCountsByDay } from '../db/repo/entries';
import { YearHeatmap } from '../journal/YearHeatmap';
import { useStreak } from '../today/useStreak';
import { ChartTable, TimeChart, type ChartSeries } from './TimeChart';
import { Count } from './Count';
import { axisDay, daySeconds, fmtDay, fmtMonth, plural } from './format';
import { KIND_GROUPS, groupCounts } from './kindGroups';
import type { Activity } from './useActivity';

/** Entries per week by kind, streaks, days written per month and the year heatmap. */
export function ActivitySection({ activity, today }: { activity: Activity; today: string }) {
  // The current streak exactly as Today reads it (from the index, a window at a time).
  const current = useStreak(today);
  const { weeks } = activity;
  const chart = useMemo(() => {
    const groups = weeks.map((w) => groupCounts(w.byKind));
    // Stacked bars: each series is the running total up to its group, drawn tallest first, so
    // each colour shows exactly its own group's share.
    const series: ChartSeries[] = KIND_GROUPS.map((g, i) => ({
      label: g.label,
      values: groups.map((counts) => counts.slice(0, i + 1).reduce((a, b) => a + b, 0)),
      style: 'bars' as const,
      colour: i,
    })).reverse();
    return { xs: weeks.map((w) => daySeconds(w.week)), series, groups };
  }, [weeks]);
  const busiest = weeks.reduce((best, w) => (w.total > best ? w.total : best), 0);
  // Ten years of months is too long a list: past two years, days written are shown per year.
  const byYear = activity.months.length > 24;
  const bars = byYear
    ? perYear(activity.months)
    : activity.months.map((m) => ({ label: fmtMonth(m.month), days: m.days }));
  const maxBar = Math.max(1, ...bars.map((m) => m.days));
  const s = activity.longest;

  return (
    <section className="card insight-section" aria-labelledby="activity-heading">
      <h2 id="activity-heading" className="section-title">
        Activity
      </h2>
      <dl className="insight-stats">
        <div>
          <dt>Entries</dt>
          <dd data-testid="stat-entries">{activity.entries}</dd>
        </div>
        <div>
          <dt>Days written</dt>
          <dd data-testid="stat-days">{activity.daysWritten}</dd>
        </div>
        <div>
          {/* Counted back from today, whatever the period: a streak does not stop at its edge. */}
          <dt>Current streak</dt>
          <dd data-testid="stat-current-streak">
            {current === undefined ? '…' : <Count n={current} unit="day" />}
          </dd>
        </div>
        <div>
          <dt>Longest in this period</dt>
          <dd data-testid="stat-longest-streak">
            <Count n={s.days} unit="day" />
            {s.from && s.to && s.days > 1 && (
              <span className="insight-stats__note">
                {fmtDay(s.from)} – {fmtDay(s.to)}
              </span>
            )}
          </dd>
        </div>
      </dl>

      {activity.entries === 0 ? (
        <p className="empty">
          Nothing written in this period yet. Insights grow with your journal: a few entries over a
          few days are enough for the first figures.
        </p>
      ) : (
        <>
          <h3 className="insight-subtitle">Entries per week, by kind</h3>
          <ul className="insight-legend" aria-label="Colours">
            {KIND_GROUPS.map((g, i) => (
              <li key={g.label}>
                <span className={`swatch swatch--${i + 1}`} aria-hidden="true" />
                {g.label}
              </li>
            ))}
          </ul>
          <TimeChart
            label="Entries per week, by kind"
            summary={`${plural(activity.entries, 'entry', 'entries')} over ${plural(weeks.length, 'week')}; the busiest week had ${busiest}.`}
            xs={chart.xs}
            series={chart.series}
            xFormat={axisDay}
            integer
            readout={(i) => {
              const counts = chart.groups[i]!;
              const parts = KIND_GROUPS.map((g, j) => `${counts[j]} ${g.label.toLowerCase()}`);
              return `Week of ${fmtDay(weeks[i]!.week)}: ${plural(weeks[i]!.total, 'entry', 'entries')} — ${parts.join(', ')}`;
            }}
          >
            <ChartTable
              caption="Entries per week, by kind"
              head={['Week of', 'Total', ...KIND_GROUPS.map((g) => g.label)]}
              rows={() => weeks.map((w, i) => [fmtDay(w.week), w.total, ...chart.groups[i]!])}
            />
          </TimeChart>

          <h3 className="insight-subtitle">Days written per {byYear ? 'year' : 'month'}</h3>
          <table className="bar-table">
            <caption className="visually-hidden">
              Days written per {byYear ? 'year' : 'month'}
            </caption>
            <tbody>
              {bars.map((m) => (
                <tr key={m.label}>
                  <th scope="row">{m.label}</th>
                  <td>
                    {m.days > 0 && (
                      <span
                        className="bar bar--1"
                        style={{ width: `${(m.days / maxBar) * 100}%` }}
                      />
                    )}
                  </td>
                  <td className="bar-table__value">{plural(m.days, 'day')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function perYear(months: { month: string; days: number }[]) {
  const years = new Map<string, number>();
  for (const m of months)
    years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.days);
  return [...years].map(([label, days]) => ({ label, days }));
}

/** The calendar's year heatmap, for the year the period ends in. */
export function ActivityHeatmap({ period }: { period: Period }) {
  const year = Number(period.to.slice(0, 4));
  const counts = useLiveQuery(() => entryCountsByDay(`${year}-01-01`, `${year}-12-31`), [year]);
  return <YearHeatmap year={year} counts={counts} />;
}
