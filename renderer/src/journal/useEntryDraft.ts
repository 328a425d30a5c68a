import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry } from '../../../shared/domain/records';
import { saveEntry } from '../db/repo/entries';
import { clearWriteAhead, writeAhead } from './wal';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** How long typing may pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 500;
/** Bodies this long (characters) are written to the write-ahead log after the frame paints. */
const LOG_AFTER_PAINT_FROM = 64_000;

/**
 * The editor's draft in flight and its autosave: every change goes to the write-ahead log at once,
 * and to the database after a short pause, on blur, when the window is hidden or closed, and when
 * the editor goes away. Saves run one after another, never overlapping.
 */
export function useEntryDraft(initial: Entry) {
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(initial);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const logPending = useRef(false);

  /** Writes the latest draft to the write-ahead log now, if a deferred write is waiting. */
  const flushLog = useCallback(() => {
    if (!logPending.current) return;
    logPending.current = false;
    writeAhead(latest.current);
  }, []);

  /**
   * A short draft is logged synchronously on every change. A long one (a pasted document) costs
   * milliseconds to serialise and store, so it is logged once per frame, right after the frame
   * that shows the keystroke has painted, and at once on blur, hide, close and unmount (`flush`).
   */
  const log = useCallback(
    (next: Entry) => {
      if (next.body.length < LOG_AFTER_PAINT_FROM) {
        logPending.current = false;
        writeAhead(next);
        return;
      }
      if (logPending.current) return;
      logPending.current = true;
      requestAnimationFrame(() => setTimeout(flushLog, 0));
    },
    [flushLog],
  );

  const flush = useCallback((): Promise<void> => {
    flushLog();
    clearTimeout(timer.current);
    if (!dirty.current) return chain.current;
    dirty.current = false;
    const snapshot = latest.current;
    chain.current = chain.current.then(async () => {
      setStatus('saving');
      try {
        const outcome = await saveEntry(snapshot);
        clearWriteAhead(snapshot);
        setError(null);
        setStatus(dirty.current ? 'pending' : outcome.saved ? 'saved' : 'idle');
      } catch (cause) {
        // The text stays in the editor and in the write-ahead log; the next change retries.
        dirty.current = true;
        setError(cause instanceof Error ? cause.message : String(cause));
        setStatus('error');
      }
    });
    return chain.current;
  }, [flushLog]);

  const update = useCallback(
    (patch: Partial<Entry>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      dirty.current = true;
      setDraft(next);
      log(next);
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, log],
  );

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { draft, update, flush, status, error };
}
