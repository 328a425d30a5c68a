import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { readChartColours, useThemeVersion } from '../ui/chartTheme';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  style: 'line' | 'bars' | 'points';
  /** Index into the chart palette (--chart-1 … --chart-4). */
  colour: number;
  width?: number;
  dash?: number[];
  /** Drawn lighter (a supporting line). */
  faint?: boolean;
}

/** A token colour (#rrggbb) at partial opacity. */
function faint(colour: string, alpha = '59'): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? `${colour}${alpha}` : colour;
}

interface Props {
  /** The chart's accessible name. */
  label: string;
  /** One or two sentences saying what the chart shows: its text alternative. */
  summary: string;
  /** x positions, Unix seconds, ascending. */
  xs: number[];
  series: ChartSeries[];
  yRange?: [number, number];
  /** The x extent, Unix seconds (defaults to the data's). */
  xRange?: [number, number];
  /** Whole-number ticks (counts). */
  integer?: boolean;
  yFormat?: (value: number) => string;
  xFormat: (seconds: number) => string;
  /** What the readout says for the point at an index (mouse or keyboard). */
  readout: (index: number) => string;
  height?: number;
  /** The table alternative. */
  children?: ReactNode;
}

/**
 * A uPlot chart in the app's palette, usable by keyboard: focus it and use ← → (Home, End) to
 * move from point to point; the readout below says the values and is announced politely. uPlot
 * draws once, without animation, so reduced motion is respected by construction.
 */
export function TimeChart({
  label,
  summary,
  xs,
  series,
  yRange,
  xRange,
  integer,
  yFormat,
  xFormat,
  readout,
  height = 200,
  children,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chartRef = useRef<uPlot | null>(null);
  const themeVersion = useThemeVersion();
  const [index, setIndex] = useState<number | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const summaryId = useId();

  useEffect(() => {
    const target = container.current;
    if (!target || xs.length === 0) return;
    const colours = readChartColours();
    const axis = {
      stroke: colours.text,
      grid: { stroke: colours.grid, width: 1 },
      ticks: { stroke: colours.grid, width: 1 },
      font: '12px system-ui, sans-serif',
    };
    const bars = uPlot.paths.bars!({ size: [0.72, 28], align: 0 });
    const chart = new uPlot(
      {
        width: Math.max(Math.floor(target.clientWidth), 240),
        height,
        legend: { show: false },
        // Room on the right, so the last date label is never clipped.
        padding: [8, 20, 0, 0],
        cursor: { drag: { x: false, y: false }, points: { size: 8 } },
        scales: {
          x: xRange ? { time: true, range: () => xRange } : { time: true },
          y: yRange ? { range: yRange } : { range: (_u, _min, max) => [0, Math.max(1, max)] },
        },
        axes: [
          { ...axis, values: (_u, splits) => splits.map((s) => xFormat(s)) },
          {
            ...axis,
            size: 52,
            ...(integer ? { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] } : {}),
            ...(yRange && yRange[0] === 1 && yRange[1] === 5
              ? { splits: () => [1, 2, 3, 4, 5] }
              : {}),
            values: (_u, splits) => splits.map((s) => (yFormat ? yFormat(s) : String(s))),
          },
        ],
        series: [
          {},
          ...series.map((s) => {
            const colour = colours.series[s.colour % colours.series.length]!;
            if (s.style === 'bars')
              return {
                label: s.label,
                stroke: colour,
                fill: colour,
                width: 0,
                paths: bars,
                points: { show: false },
              };
            if (s.style === 'points')
              return {
                label: s.label,
                stroke: colour,
                width: 0,
                paths: () => null,
                // Single days are context for the averages: small and faint.
                points: {
                  show: true,
                  size: 4,
                  stroke: faint(colour),
                  fill: faint(colour),
                  width: 1,
                },
              };
            return {
              label: s.label,
              stroke: s.faint ? faint(colour, 'a6') : colour,
              width: s.width ?? 2,
              dash: s.dash,
              spanGaps: true,
              points: { show: false },
            };
          }),
        ],
        hooks: {
          setCursor: [
            (u) => {
              if (u.cursor.idx !== undefined && u.cursor.idx !== null) setIndex(u.cursor.idx);
            },
          ],
        },
      },
      [xs, ...series.map((s) => s.values)] as uPlot.AlignedData,
      target,
    );
    chartRef.current = chart;
    let width = chart.width;
    const resize = new ResizeObserver(() => {
      const next = Math.max(Math.floor(target.clientWidth), 240);
      if (Math.abs(next - width) < 2) return;
      width = next;
      chart.setSize({ width, height });
    });
    resize.observe(target);
    return () => {
      resize.disconnect();
      chart.destroy();
      chartRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the formatters are stable per render of the same data
  }, [xs, series, themeVersion, height, xRange?.[0], xRange?.[1]]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (xs.length === 0) return;
    const last = xs.length - 1;
    const current = Math.min(index ?? last, last);
    const next =
      event.key === 'ArrowLeft'
        ? Math.max(0, current - 1)
        : event.key === 'ArrowRight'
          ? Math.min(last, current + 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setKeyboard(true);
    setIndex(next);
    const chart = chartRef.current;
    if (chart) {
      const left = chart.valToPos(xs[next]!, 'x');
      chart.setCursor({ left, top: chart.bbox.height / devicePixelRatio / 2 });
    }
  };

  // The data may have shrunk since the last point was read (another period): stay within it.
  const shown = xs.length === 0 ? null : Math.min(index ?? xs.length - 1, xs.length - 1);
  return (
    <figure className="insight-chart">
      <div
        ref={container}
        className="insight-chart__canvas"
        role="group"
        tabIndex={0}
        aria-label={`${label}. Use the left and right arrow keys to read each point.`}
        aria-describedby={summaryId}
        onKeyDown={move}
        onBlur={() => setKeyboard(false)}
      />
      <figcaption>
        <p id={summaryId} className="insight-chart__summary">
          {summary}
        </p>
        {shown !== null && (
          <p className="insight-chart__readout" aria-live={keyboard ? 'polite' : 'off'}>
            {readout(shown)}
          </p>
        )}
      </figcaption>
      {children}
    </figure>
  );
}

/**
 * A <details> whose content is built only once opened: a year of days as table rows is cheap to
 * skip and costly to render with every chart.
 */
export function LazyDetails({
  summary,
  className,
  initiallyOpen = false,
  children,
}: {
  summary: ReactNode;
  className?: string;
  initiallyOpen?: boolean;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className={className} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

/** The table form of a chart, folded away by default. */
export function ChartTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][] | (() => (string | number)[][]);
}) {
  return (
    <LazyDetails className="insight-table" summary="Show as a table">
      {() => (
        <div className="insight-table__scroll">
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(typeof rows === 'function' ? rows() : rows).map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </LazyDetails>
  );
}
