import { describe, expect, it } from 'vitest';
import {
  benchResultProblems,
  ENCRYPTION,
  PASS,
  REQUIRED,
  WITH_RUNS,
} from '../../../scripts/bench-check.mjs';
import { spread } from '../../bench/stats';

/** A result as the benchmark prints it, every figure 5 from runs of 4–6. */
function complete(): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of REQUIRED) result[key] = 5;
  result['runs'] = Object.fromEntries(WITH_RUNS.map((key) => [key, [4, 6, 3]]));
  return result;
}

describe('the benchmark smoke check', () => {
  it('accepts a complete result', () => {
    expect(benchResultProblems(complete())).toEqual([]);
  });

  it('requires every figure of the plain pass with encryption on too, and encryption’s own', () => {
    for (const key of ['searchUsableMs', 'keystrokeP95Ms', 'bigEntryLongTasks', 'peakHeapMB'])
      expect(PASS).toContain(key);
    for (const key of PASS) expect(REQUIRED).toContain(`${key}Enc`);
    for (const key of ['kdfMs', 'unlockMs', 'unlockToFirstEntriesMs', 'restoreEncMs'])
      expect(ENCRYPTION).toContain(key);
    const result = complete();
    delete result['keystrokeP95MsEnc'];
    expect(benchResultProblems(result)).toEqual(['keystrokeP95MsEnc (undefined)']);
  });

  it('refuses a figure that reads 0 or is not a number, but lets long-task counts be 0', () => {
    const result = complete();
    result['peakHeapMB'] = 0;
    result['startMsEnc'] = null; // NaN, once printed as JSON
    result['longTasksWhileTypingEnc'] = 0;
    (result['runs'] as Record<string, unknown>)['longTasksWhileTypingEnc'] = [0, 0, 3];
    result['bigEntryLongestTaskMs'] = 0;
    expect(benchResultProblems(result)).toEqual(['peakHeapMB (0)', 'startMsEnc (null)']);
  });

  it('refuses a median with fewer than three runs, without runs, or outside its runs', () => {
    const result = complete();
    const runs = result['runs'] as Record<string, unknown>;
    runs['kdfMs'] = [4, 6, 2];
    delete runs['searchUsableMsEnc'];
    runs['restoreMs'] = [6, 7, 3];
    expect(benchResultProblems(result).sort()).toEqual([
      'kdfMs (fewer than 3 runs)',
      'restoreMs (median 5 outside its runs 6–7)',
      'searchUsableMsEnc (no runs)',
    ]);
  });
});

describe('a figure from its runs', () => {
  it('is the median, with min and max', () => {
    expect(spread('x', [30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, n: 3 });
  });

  it('fails rather than report a figure from too few runs or a run that measured nothing', () => {
    expect(() => spread('x', [1, 2])).toThrow(/at least 3/);
    expect(() => spread('x', [1, 2, Number.NaN])).toThrow(/could not be measured/);
    expect(() => spread('x', [1, 2, -1])).toThrow(/could not be measured/);
  });
});
