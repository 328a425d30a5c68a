import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { sameValue } from '../../../shared/domain/merge';
import type { Entry } from '../../../shared/domain/records';
import { saveEntry, type EntryConflict } from '../db/repo/entries';
import { registerBeforeLock } from '../privacy/lockFlush';
import { DraftLog, type BodyChange } from './draftLog';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** How long typing may pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 500;
/**
 * Typing without a pause still saves this often, so a browser killed mid-sentence loses well
 * under a second (the write-ahead log in localStorage reaches the disk only when the browser
 * flushes it; a completed IndexedDB transaction with strict durability is on disk).
 */
export const AUTOSAVE_MAX_WAIT_MS = 600;

/** Fields the database stamps: never the editor's to change. */
const STAMPS = ['createdAt', 'updatedAt', 'deleted', 'deletedAt'] as const;

/**
 * Takes into `latest` the merged values of fields the person has not touched since `snapshot`
 * was saved. Returns the new draft, or null when nothing changed.
 */
function adoptMerged(latest: Entry, snapshot: Entry, saved: Entry): Entry | null {
  const next: Record<string, unknown> = { ...latest };
  let changed = false;
  for (const key of Object.keys(saved) as (keyof Entry)[]) {
    if ((STAMPS as readonly string[]).includes(key)) continue;
    if (!sameValue(latest[key], snapshot[key]) || sameValue(latest[key], saved[key])) continue;
    next[key] = saved[key];
    changed = true;
  }
  return changed ? (next as Entry) : null;
}

/**
 * The editor's draft in flight and its autosave: every change goes to the write-ahead log at once
 * (a long body as the change from a checkpoint, see DraftLog),
 * and to the database after a short pause (and at least every AUTOSAVE_MAX_WAIT_MS while typing),
 * on blur, when the window is hidden or closed, and when the editor goes away. Saves run one after
 * another, never overlapping, and each states the stored revision it started from (`base`), so a
 * change made meanwhile in another window is merged, not overwritten. When the stored entry
 * changes elsewhere while nothing is pending here, the draft follows it.
 */
export function useEntryDraft(initial: Entry, stored: Entry | null) {
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<EntryConflict[]>([]);
  /** Bumped when the body changes from outside the body editor, so it shows the new text. */
  const [bodyRevision, setBodyRevision] = useState(0);
  const latest = useRef(initial);
  const base = useRef<Entry | null>(stored);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const firstPending = useRef<number | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [log] = useState(() => new DraftLog(initial.id, initial.body));

  const replaceDraft = useCallback(
    (next: Entry) => {
      if (next.body !== latest.current.body) {
        setBodyRevision((r) => r + 1);
        log.restart(next.body);
      }
      latest.current = next;
      setDraft(next);
    },
    [log],
  );

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    firstPending.current = null;
    if (!dirty.current) return chain.current;
    dirty.current = false;
    const snapshot = latest.current;
    log.pin(snapshot.body);
    chain.current = chain.current.then(async () => {
      setStatus('saving');
      try {
        const outcome = await saveEntry(snapshot, { base: base.current });
        if (outcome.saved) {
          base.current = outcome.entry;
          const adopted = adoptMerged(latest.current, snapshot, outcome.entry);
          if (adopted) replaceDraft(adopted);
          if (outcome.conflicts.length > 0) setConflicts((c) => [...c, ...outcome.conflicts]);
          log.clear(snapshot);
          // Newer keystrokes are in the log already; record the revision they now build on.
          if (dirty.current) log.write(latest.current, base.current);
          setError(null);
          setStatus(dirty.current ? 'pending' : 'saved');
        } else if (outcome.reason === 'empty') {
          log.clear(snapshot);
          setError(null);
          setStatus(dirty.current ? 'pending' : 'idle');
        } else {
          // Deleted for good elsewhere: the text stays here and in the log, and is reported.
          setError('this entry was deleted for good in another window.');
          setStatus('error');
        }
      } catch (cause) {
        // The text stays in the editor and in the write-ahead log; the next change retries.
        dirty.current = true;
        setError(cause instanceof Error ? cause.message : String(cause));
        setStatus('error');
      }
    });
    return chain.current;
  }, [replaceDraft, log]);

  /** `bodyChange` says where the body changed, when `patch` holds one from the body editor. */
  const update = useCallback(
    (patch: Partial<Entry>, bodyChange?: BodyChange) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      dirty.current = true;
      log.write(next, base.current, bodyChange);
      const show = () => {
        setDraft(next);
        setStatus('pending');
      };
      // The body editor shows its own keystroke; the rest of the editor (length hint, counts,
      // status) follows in a render that yields to the next key instead of running inside it.
      // Fields React controls (title, answers) must render at once or their caret jumps.
      if (bodyChange) startTransition(show);
      else show();
      clearTimeout(timer.current);
      const now = Date.now();
      firstPending.current ??= now;
      const wait = Math.min(
        AUTOSAVE_DELAY_MS,
        Math.max(0, firstPending.current + AUTOSAVE_MAX_WAIT_MS - now),
      );
      timer.current = setTimeout(() => void flush(), wait);
    },
    [flush, log],
  );

  // Another window (or a restore from history) changed the stored entry: follow it when nothing
  // is pending here; otherwise the next save merges the two.
  useEffect(() => {
    if (!stored) return;
    chain.current = chain.current.then(() => {
      const known = base.current;
      if (dirty.current || (known && stored.updatedAt <= known.updatedAt)) return;
      base.current = stored;
      replaceDraft(stored);
    });
  }, [stored, replaceDraft]);

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    log.open();
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      // The log's checkpoint goes once the last save is in (or stays with a record it needs).
      void flush().then(() => log.dispose());
    };
  }, [flush, log]);

  // Locking saves what is being typed before the key is dropped.
  useEffect(() => registerBeforeLock(flush), [flush]);

  const dismissConflicts = useCallback(() => setConflicts([]), []);

  return { draft, update, flush, status, error, conflicts, dismissConflicts, bodyRevision };
}
