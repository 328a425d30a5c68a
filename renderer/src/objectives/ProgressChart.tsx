import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CheckIn } from '../../../shared/domain/records';
import { fromIsoDate } from '../ui/format';

/** The current theme's colours, read from the design tokens so the chart follows light and dark. */
function readColours() {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    line: token('--accent'),
    fill: token('--accent-soft'),
    text: token('--text-muted'),
    grid: token('--border'),
  };
}

/** Bumps whenever the theme attribute on <html> changes, so the chart redraws in new colours. */
function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const observer = new MutationObserver(() => setVersion((v) => v + 1));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => observer.disconnect();
  }, []);
  return version;
}

const DAY_FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** Progress over time from the check-ins (uPlot on a canvas; the history table is the text form). */
export function ProgressChart({ checkIns, summary }: { checkIns: CheckIn[]; summary: string }) {
  const container = useRef<HTMLDivElement>(null);
  const themeVersion = useThemeVersion();

  useEffect(() => {
    const target = container.current;
    if (!target) return;
    const colours = readColours();
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
