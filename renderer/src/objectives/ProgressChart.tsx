import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CheckIn } from '../../../shared/domain/records';
import { readChartColours, useThemeVersion } from '../ui/chartTheme';
import { fromIsoDate } from '../ui/format';

const DAY_FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** Progress over time from the check-ins (uPlot on a canvas; the history table is the text form). */
export function ProgressChart({ checkIns, summary }: { checkIns: CheckIn[]; summary: string }) {
  const container = useRef<HTMLDivElement>(null);
  const themeVersion = useThemeVersion();

  useEffect(() => {
    const target = container.current;
    if (!target) return;
    const colours = readChartColours();
    const xs = checkIns.map((c) => fromIsoDate(c.date).getTime() / 1000);
    const ys = checkIns.map((c) => c.progress);
    const axis = {
      stroke: colours.text,
      grid: { stroke: colours.grid, width: 1 },
      ticks: { stroke: colours.grid, width: 1 },
    };
    const chart = new uPlot(
      {
        width: Math.max(Math.floor(target.clientWidth), 200),
        height: 220,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          x: { time: true },
          y: { range: [0, 100] },
        },
        axes: [
          {
            ...axis,
            values: (_u, splits) => splits.map((s) => DAY_FORMAT.format(new Date(s * 1000))),
          },
          { ...axis, values: (_u, splits) => splits.map((s) => `${s}%`) },
        ],
        series: [
          {},
          {
            label: 'Progress',
            stroke: colours.line,
            fill: colours.fill,
            width: 2,
            points: { show: true, size: 7, stroke: colours.line, fill: colours.line },
          },
        ],
      },
      [xs, ys],
      target,
    );
    let width = chart.width;
    const resize = new ResizeObserver(() => {
      // Only a real change of the container's width redraws; the chart's own size never feeds back.
      const next = Math.max(Math.floor(target.clientWidth), 200);
      if (Math.abs(next - width) < 2) return;
      width = next;
      chart.setSize({ width, height: 220 });
    });
    resize.observe(target);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [checkIns, themeVersion]);

  return <div ref={container} className="progress-chart" role="img" aria-label={summary} />;
}
