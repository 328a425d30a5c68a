import { useMemo } from 'react';
import type { Period } from '../../../shared/domain/insights/days';
import type { InsightsResult } from './compute';
import { ChartTable, TimeChart, type ChartSeries } from './TimeChart';
import { axisDay, daySeconds, fmtDay, one, plural, weekdayLabel } from './format';

type Mood = InsightsResult['mood'];

/** Daily mood and energy with 7- and 30-day moving averages, side by side, and by weekday. */
export function MoodSection({
  mood,
  weekStart,
  period,
}: {
  mood: Mood;
  weekStart: number;
  period: Period;
}) {
  const xRange: [number, number] = [daySeconds(period.from), daySeconds(period.to)];
  const rated = mood.points.filter((p) => p.mood !== null).length;
  const weekdays = Array.from({ length: 7 }, (_, i) => mood.weekday[(weekStart + i) % 7]!);
  return (
    <section className="card insight-section" aria-labelledby="mood-heading">
      <h2 id="mood-heading" className="section-title">
        Mood and energy
      </h2>
      {mood.points.length === 0 ? (
        <p className="empty">
          No mood or energy ratings in this period. Rate them in any entry, and they show here.
        </p>
      ) : (
        <>
          <p className="muted">
            Each dot is a day (the mean of its ratings); the lines are the averages of the last 7
            and 30 days. Days without a rating are left out, not counted as low.
          </p>
          <ul className="insight-legend" aria-label="Lines">
            <li>
              <span className="swatch swatch--dot" aria-hidden="true" /> a day
            </li>
            <li>
              <span className="swatch swatch--thin" aria-hidden="true" /> 7-day average
            </li>
            <li>
              <span className="swatch swatch--thick" aria-hidden="true" /> 30-day average
            </li>
          </ul>
          {/* One above the other on the same time axis: a day's mood sits right above its energy. */}
          <MoodChart
            name="Mood"
            field="mood"
            mood={mood}
            colour={0}
            average={mood.moodAverage}
            xRange={xRange}
          />
          <MoodChart
            name="Energy"
            field="energy"
            mood={mood}
            colour={1}
            average={mood.energyAverage}
            xRange={xRange}
          />
          <h3 className="insight-subtitle">By weekday</h3>
          <table className="bar-table bar-table--pair">
            <caption className="visually-hidden">Mood and energy by weekday</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Mood</th>
                <th scope="col">Energy</th>
                <th scope="col">Days</th>
              </tr>
            </thead>
            <tbody>
              {weekdays.map((w) => (
                <tr key={w.weekday}>
                  <th scope="row">{weekdayLabel(w.weekday)}</th>
                  <td>
                    <Bar value={w.mood} colour={1} />
                  </td>
                  <td>
                    <Bar value={w.energy} colour={2} />
                  </td>
                  <td className="bar-table__value">{w.days}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{plural(rated, 'rated day')} in this period.</p>
        </>
      )}
    </section>
  );
}

function Bar({ value, colour }: { value: number | null; colour: number }) {
  return (
    <span className="bar-cell">
      <span className="bar-track" aria-hidden="true">
        {value !== null && (
          <span className={`bar bar--${colour}`} style={{ width: `${((value - 1) / 4) * 100}%` }} />
        )}
      </span>
      <span className="bar-table__value">{one(value)}</span>
    </span>
  );
}

function MoodChart({
  name,
  field,
  mood,
  colour,
  average,
  xRange,
}: {
  xRange: [number, number];
  name: string;
  field: 'mood' | 'energy';
  mood: Mood;
  colour: number;
  average: number | null;
}) {
  const data = useMemo(() => {
    const days = mood.points.filter((p) => p[field] !== null);
    const ma7 = new Map(mood[`${field}7`].map((p) => [p.date, p.value]));
    const ma30 = new Map(mood[`${field}30`].map((p) => [p.date, p.value]));
    const series: ChartSeries[] = [
      { label: `${name}, each day`, values: days.map((d) => d[field]), style: 'points', colour },
      {
        label: '7-day average',
        values: days.map((d) => ma7.get(d.date) ?? null),
        style: 'line',
        colour,
        width: 1.25,
        faint: true,
      },
      {
        label: '30-day average',
        values: days.map((d) => ma30.get(d.date) ?? null),
        style: 'line',
        colour,
        width: 3,
      },
    ];
    return { days, xs: days.map((d) => daySeconds(d.date)), series, ma7, ma30 };
  }, [mood, field, name, colour]);
  const last30 = data.days.length
    ? (data.ma30.get(data.days[data.days.length - 1]!.date) ?? null)
    : null;
  if (data.days.length === 0)
    return (
      <div className="insight-chart">
        <h3 className="insight-subtitle">{name}</h3>
        <p className="empty">No {name.toLowerCase()} ratings in this period.</p>
      </div>
    );
  return (
    <div>
      <h3 className="insight-subtitle">{name}</h3>
      <TimeChart
        label={`${name} over time, 1 to 5`}
        summary={`${name} averaged ${one(average)} out of 5 over ${plural(data.days.length, 'rated day')}; the last 30 days average ${one(last30)}.`}
        xs={data.xs}
        series={data.series}
        yRange={[1, 5]}
        xRange={xRange}
        xFormat={axisDay}
        height={170}
        readout={(i) => {
          const d = data.days[i]!;
          return `${fmtDay(d.date)}: ${name.toLowerCase()} ${one(d[field])}, 7-day ${one(data.ma7.get(d.date) ?? null)}, 30-day ${one(data.ma30.get(d.date) ?? null)}`;
        }}
      >
        <ChartTable
          caption={`${name} by day`}
          head={['Day', name, '7-day average', '30-day average']}
          rows={() =>
            data.days.map((d) => [
              fmtDay(d.date),
              one(d[field]),
              one(data.ma7.get(d.date) ?? null),
              one(data.ma30.get(d.date) ?? null),
            ])
          }
        />
      </TimeChart>
    </div>
  );
}
