import { useMemo } from 'react';
import type { MindsetMonth } from '../../../shared/domain/insights/mindset';
import { ChartTable, TimeChart, type ChartSeries } from './TimeChart';
import { axisMonth, daySeconds, fmtMonth, plural } from './format';

/** Fixed-mindset phrases per month against reframes and "yet", from the nudge's own rules. */
export function MindsetSection({ months }: { months: MindsetMonth[] }) {
  const data = useMemo(() => {
    const series: ChartSeries[] = [
      {
        label: 'Fixed-mindset phrases',
        values: months.map((m) => m.fixed),
        style: 'line',
        colour: 1,
        width: 2,
      },
      {
        label: 'Reframes and “yet”',
        values: months.map((m) => m.reframes + m.yet),
        style: 'line',
        colour: 0,
        width: 2,
      },
    ];
    return { xs: months.map((m) => daySeconds(`${m.month}-01`)), series };
  }, [months]);
  const fixed = months.reduce((a, m) => a + m.fixed, 0);
  const growth = months.reduce((a, m) => a + m.reframes + m.yet, 0);
  const recent = months.slice(-3);
  const recentFixed = recent.reduce((a, m) => a + m.fixed, 0);
  const recentGrowth = recent.reduce((a, m) => a + m.reframes + m.yet, 0);
  return (
    <section className="card insight-section" aria-labelledby="mindset-heading">
      <h2 id="mindset-heading" className="section-title">
        Mindset language
      </h2>
      <p className="muted">
        Phrases like “I can’t” or “I’m not good at” — the ones the editor offers a reframe for —
        against reframes written and thoughts ending in “yet”. Counted from your words when you open
        this screen; nothing is recorded while you type.
      </p>
      {fixed + growth === 0 ? (
        <p className="empty">No fixed-mindset phrases and no reframes in this period.</p>
      ) : (
        <>
          <ul className="insight-legend" aria-label="Lines">
            <li>
              <span className="swatch swatch--2" aria-hidden="true" /> Fixed-mindset phrases
            </li>
            <li>
              <span className="swatch swatch--1" aria-hidden="true" /> Reframes and “yet”
            </li>
          </ul>
          <TimeChart
            label="Mindset language per month"
            summary={`${plural(fixed, 'fixed-mindset phrase')} and ${plural(growth, 'reframe or “yet”', 'reframes and “yet”s')} in this period; in the last ${plural(recent.length, 'month')}, ${recentFixed} and ${recentGrowth}.`}
            xs={data.xs}
            series={data.series}
            xFormat={axisMonth}
            integer
            height={180}
            readout={(i) => {
              const m = months[i]!;
              return `${fmtMonth(m.month)}: ${plural(m.fixed, 'fixed phrase')}, ${plural(m.reframes, 'reframe')}, ${m.yet} “yet”`;
            }}
          >
            <ChartTable
              caption="Mindset language per month"
              head={['Month', 'Fixed-mindset phrases', 'Reframes written', '“Yet” phrases']}
              rows={() => months.map((m) => [fmtMonth(m.month), m.fixed, m.reframes, m.yet])}
            />
          </TimeChart>
        </>
      )}
    </section>
  );
}
