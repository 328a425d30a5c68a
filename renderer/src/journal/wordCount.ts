import { useEffect, useState } from 'react';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** Words in a text, as a writer counts them: runs of letters, digits and joiners. */
export function countWords(text: string): number {
  const matches = text.match(WORD);
  return matches ? matches.length : 0;
}

/** Texts up to this long are counted as they render (well under a millisecond). */
const COUNT_AT_ONCE = 50_000;
/** Longer texts: counted this much at a time in idle moments, after typing pauses this long. */
const SLICE = 64_000;
const PAUSE_MS = 300;
/** Counting work per idle callback, in milliseconds. */
const STEP_MS = 8;

/**
 * Counts `text` in slices that end at whitespace (a word never spans whitespace, so the slices'
 * counts add up to the whole's), yielding after each so the caller can stop for a frame.
 */
export function* countWordsInSlices(text: string, slice = SLICE): Generator<void, number> {
  let total = 0;
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + slice);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    total += countWords(text.slice(at, end));
    at = end;
    if (at < text.length) yield;
  }
  return total;
}

/**
 * The word count shown under the editor. A short text is counted as it renders; a long one (a
 * pasted megabyte) once typing pauses, a slice per idle moment, so counting never holds up a
 * keystroke. Meanwhile the last count stays on screen (null before the first).
 */
export function useWordCount(text: string): number | null {
  const small = text.length <= COUNT_AT_ONCE;
  const [counted, setCounted] = useState<{ text: string; words: number } | null>(null);
  useEffect(() => {
    if (small) return;
    const slices = countWordsInSlices(text);
    let idle = 0;
    const step = (deadline: IdleDeadline) => {
      // An idle period may offer up to 50 ms; a slice more than that would be a long task, so a
      // callback stops after a few milliseconds however much idle time is left.
      const until = performance.now() + STEP_MS;
      for (;;) {
        const next = slices.next();
        if (next.done) {
          setCounted({ text, words: next.value });
          return;
        }
        if (deadline.timeRemaining() < 4 || performance.now() > until) break;
      }
      idle = requestIdleCallback(step);
    };
    const timer = setTimeout(() => {
      idle = requestIdleCallback(step);
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      cancelIdleCallback(idle);
    };
  }, [small, text]);
  if (small) return countWords(text);
  return counted?.words ?? null;
}
