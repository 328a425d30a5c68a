import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Saves what a form field holds after a pause in typing, on leaving the field (`flush`), and when
 * the component goes away — the one debounce for small forms (private notes, review answers).
 * `schedule(value)` records the latest value; only the latest is ever written. A failed save is
 * reported through `onError` and the value stays pending, so the next flush tries again.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<unknown>,
  onError: (error: unknown) => void,
  delayMs = 600,
): { schedule: (value: T) => void; flush: () => void } {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The value typed and not yet handed to `save`, outside render so the unmount flush sees it.
  const pending = useRef<{ value: T } | null>(null);
  const latest = useRef({ save, onError });
  useLayoutEffect(() => {
    latest.current = { save, onError };
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    latest.current.save(next.value).catch((error: unknown) => {
      // Keep it for the next flush unless something newer was typed meanwhile.
      pending.current ??= next;
      latest.current.onError(error);
    });
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => flush, [flush]);
  return { schedule, flush };
}
