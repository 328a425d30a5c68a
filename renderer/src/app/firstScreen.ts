import { useSyncExternalStore } from 'react';

/**
 * Whether the first screen's content is on screen. Work that reads the whole journal (the search
 * index, the tag list, the timeline's full key list) waits for it: IndexedDB answers one request
 * at a time per origin, so a scan started at start-up queues the first screen's few reads behind
 * thousands of records, and its main-thread work delays the first paint.
 *
 * A screen that shows journal data says when its first content is painted; any other screen
 * counts as shown a moment after the shell is up (`FALLBACK_MS`), so background work is never
 * held back for long by a screen that does not report.
 */
const FALLBACK_MS = 3_000;

/** How long after the first paint background work waits. */
const SETTLE_MS = 500;

let shown = false;
let settling = false;
/** Bumped on lock, so a first paint from before it never counts after it. */
let generation = 0;
const listeners = new Set<() => void>();

/** Called once the first screen's content is painted (later calls do nothing). */
export function markFirstScreenShown(): void {
  if (shown) return;
  shown = true;
  for (const listener of [...listeners]) listener();
}

/** On lock: the screens are gone, and the next unlock shows a first screen again. */
export function resetFirstScreen(): void {
  generation++;
  shown = false;
  settling = false;
}

export function isFirstScreenShown(): boolean {
  return shown;
}

/** Resolves once the first screen is shown (at once when it already is). */
export function afterFirstScreen(): Promise<void> {
  if (shown) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = () => {
      listeners.delete(listener);
      resolve();
    };
    listeners.add(listener);
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the first screen is shown; re-renders the caller then. */
export function useFirstScreenShown(): boolean {
  return useSyncExternalStore(subscribe, isFirstScreenShown);
}

/** Marks the first screen as shown after the fallback time, for screens that do not report. */
export function markFirstScreenShownLater(): () => void {
  const timer = setTimeout(markFirstScreenShown, FALLBACK_MS);
  return () => clearTimeout(timer);
}

/**
 * Marks the first screen as shown a moment after the frame now being prepared is painted
 * (`SETTLE_MS`): the first clicks and scrolls come before the background reads, and a window
 * closed (or reloaded) right away leaves no scan of the whole journal running in IndexedDB, where
 * it would hold up the next start's first reads.
 */
export function markFirstScreenShownAfterPaint(): void {
  if (shown || settling) return;
  settling = true;
  const at = generation;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (at !== generation) return;
      settling = false;
      markFirstScreenShown();
    }, SETTLE_MS),
  );
}
