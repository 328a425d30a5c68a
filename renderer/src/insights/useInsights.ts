import { startTransition, useEffect, useState } from 'react';
import type { Period } from '../../../shared/domain/insights/days';
import { onEntriesChanged } from '../db/repo/entries';
import type { InsightsResult } from './compute';
import { requestInsights } from './insightsClient';

export type InsightsState =
  | { status: 'loading' }
  | { status: 'ready'; result: InsightsResult }
  | { status: 'error'; message: string };

/**
 * The roll-ups from the worker for a period; recomputed after entries are written (the
 * repository's change feed, after commit), never polled.
 */
export function useInsights(
  period: Period,
  today: string,
  staleAfterDays: number,
  /** False until the first chart is drawn: the worker's reads would compete with it. */
  enabled = true,
): InsightsState {
  const [state, setState] = useState<InsightsState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => onEntriesChanged(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    requestInsights({ type: 'insights', period, today, staleAfterDays }).then(
      // A transition: React renders the sections in slices, yielding between them, so a big
      // result never becomes one long task.
      (result) => current && startTransition(() => setState({ status: 'ready', result })),
      (error: unknown) =>
        current &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the period is compared by value
  }, [period.from, period.to, today, staleAfterDays, version, enabled]);
  return state;
}
