import { useMemo } from 'react';
import { Link } from 'wouter';
import type { ObjectiveTimeline } from '../../../shared/domain/insights/objectives';
import type { Period } from '../../../shared/domain/insights/days';
import { ChartTable, TimeChart, type ChartSeries } from './TimeChart';
import { axisDay, daySeconds, fmtDay, plural } from './format';

/** More lines than this on one chart is a tangle; the table below lists every objective. */
const CHARTED = 4;

/** Each objective's progress over the period from its check-ins, with cadence and confidence. */
export function ObjectivesSection({
  objectives,
  period,
}: {
  objectives: ObjectiveTimeline[];
  period: Period;
}) {
  const charted = useMemo(
    () =>
      [...objectives]
        .filter((o) => o.points.length > 0)
        .sort((a, b) => b.points.length - a.points.length)
        .slice(0, CHARTED),
    [objectives],
  );
  const data = useMemo(() => {
    const dates = [...new Set(charted.flatMap((o) => o.points.map((p) => p.date)))].sort();
    const series: ChartSeries[] = charted.map((o, i) => {
      const byDate = new Map(o.points.map((p) => [p.date, p.progress]));
      return {
        label: o.title,
        values: dates.map((d) => byDate.get(d) ?? null),
        style: 'line',
        colour: i,
        width: 2,
      };
    });
    return { dates, xs: dates.map(daySeconds), series };
  }, [charted]);
  const achieved = objectives.filter((o) => o.achieved).length;
  const stalled = objectives.filter((o) => o.stalled).length;
  return (
    <section className="card insight-section" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading" className="section-title">
        Objectives across the period
      </h2>
      {objectives.length === 0 ? (
        <p className="empty">
          No check-ins in this period. Check in on an objective to see its course here.
        </p>
      ) : (
        <>
          {data.dates.length > 0 && (
            <>
              <ul className="insight-legend" aria-label="Lines">
                {charted.map((o, i) => (
                  <li key={o.id}>
                    <span className={`swatch swatch--${i + 1}`} aria-hidden="true" /> {o.title}
                  </li>
                ))}
              </ul>
              <TimeChart
                label="Objective progress from check-ins, percent"
                summary={`${plural(objectives.length, 'objective')} with check-ins or achieved in this period: ${achieved} achieved, ${stalled} stalled.${objectives.length > CHARTED ? ` The chart shows the ${CHARTED} checked on most; the table lists all.` : ''}`}
                xs={data.xs}
                series={data.series}
                yRange={[0, 100]}
                xRange={[daySeconds(period.from), daySeconds(period.to)]}
                yFormat={(v) => `${v}%`}
                xFormat={axisDay}
                readout={(i) =>
                  `${fmtDay(data.dates[i]!)}: ` +
                  charted
                    .map((o, j) => {
                      const v = data.series[j]!.values[i];
                      return v === null || v === undefined ? null : `${o.title} ${Math.round(v)}%`;
                    })
                    .filter(Boolean)
                    .join(', ')
                }
              >
                <ChartTable
                  caption="Check-ins"
                  head={['Objective', 'Date', 'Progress', 'Confidence']}
                  rows={() =>
                    objectives.flatMap((o) =>
                      o.points.map((p) => [
                        o.title,
                        fmtDay(p.date),
                        `${Math.round(p.progress)}%`,
                        `${p.confidence} / 5`,
                      ]),
                    )
                  }
                />
              </TimeChart>
            </>
          )}
          <table className="insight-list-table">
            <caption className="visually-hidden">Objectives in this period</caption>
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col">Check-ins</th>
                <th scope="col">Cadence</th>
                <th scope="col">Confidence</th>
                <th scope="col">Latest</th>
              </tr>
            </thead>
            <tbody>
              {objectives.map((o) => {
                const last = o.points[o.points.length - 1];
                return (
                  <tr key={o.id}>
                    <th scope="row">
                      <Link href={`/objectives/${o.id}`}>{o.title}</Link>
                      {o.achieved && <span className="pill pill--good">Achieved</span>}
                      {o.stalled && <span className="pill pill--warn">Stalled</span>}
                    </th>
                    <td>{o.points.length}</td>
                    <td>
                      {o.cadenceDays === null ? '—' : `every ${Math.round(o.cadenceDays)} days`}
                    </td>
                    <td>
                      {o.confidenceChange === null
                        ? '—'
                        : o.confidenceChange > 0
                          ? `rose by ${o.confidenceChange}`
                          : o.confidenceChange < 0
                            ? `fell by ${-o.confidenceChange}`
                            : 'steady'}
                    </td>
                    <td>{last ? `${Math.round(last.progress)}%` : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
