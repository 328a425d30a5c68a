/** Median and 95th percentile of a sample (nearest-rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** A figure measured several times: the median is the figure, min and max show the spread. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Runs per figure: every figure is the median of at least this many independent runs. */
export const MIN_RUNS = 3;

/**
 * The median of several runs, refusing a figure that was not really measured: fewer than
 * `MIN_RUNS` runs, or any run that is not a finite number, fails the benchmark instead of
 * reporting a number that looks like a result.
 */
export function spread(name: string, runs: readonly number[]): Spread {
  if (runs.length < MIN_RUNS)
    throw new Error(`bench: ${name} has ${runs.length} runs; at least ${MIN_RUNS} are needed`);
  const bad = runs.find((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0);
  if (bad !== undefined)
    throw new Error(`bench: ${name} could not be measured (a run gave ${bad})`);
  return {
    median: percentile(runs, 50),
    min: Math.min(...runs),
    max: Math.max(...runs),
    n: runs.length,
  };
}

/**
 * A line of the printed table. `value` is the plain pass's figure; `also` holds the same figure
 * from each further pass (encryption on), printed beside it, and `baseline` the floor it is read
 * against, with the ratio for each pass where there is one.
 */
export interface Row {
  label: string;
  value: string;
  also?: string[];
  target: string;
  baseline: string;
}

/** `median (min–max)` of a figure's runs. */
export const show = (s: Spread, unit = ' ms'): string =>
  `${round(s.median)}${unit} (${round(s.min)}–${round(s.max)})`;
