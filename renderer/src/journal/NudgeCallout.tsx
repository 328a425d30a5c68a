import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { findNudge } from '../../../shared/domain/nudge';

// Dismissed for the whole session, across entries: a nudge once declined is not repeated.
const dismissedThisSession = new Set<string>();

/**
 * From this length the text is looked at once typing pauses: reading the tail of a text the
 * editor builds anew on each keystroke first copies all of it (a megabyte per key).
 */
const LOOK_AT_ONCE_BELOW = 50_000;
const PAUSE_MS = 400;

/** Offers a growth-mindset reframe when the text holds a fixed-mindset phrase. Dismissible. */
export function NudgeCallout({ text }: { text: string }) {
  const long = text.length >= LOOK_AT_ONCE_BELOW;
  const [paused, setPaused] = useState(text);
  useEffect(() => {
    if (!long) return;
    const timer = setTimeout(() => setPaused(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [long, text]);
  const deferred = useDeferredValue(long ? paused : text);
  const [dismissed, setDismissed] = useState(() => new Set(dismissedThisSession));
  const nudge = useMemo(() => findNudge(deferred, dismissed), [deferred, dismissed]);
  if (!nudge) return null;
  return (
    <aside className="nudge" aria-label="A growth-mindset suggestion">
      <p>
        <strong>“{nudge.phrase}”</strong> — {nudge.suggestion}
      </p>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => {
          dismissedThisSession.add(nudge.ruleId);
          setDismissed(new Set(dismissedThisSession));
        }}
      >
        Dismiss
      </button>
    </aside>
  );
}
