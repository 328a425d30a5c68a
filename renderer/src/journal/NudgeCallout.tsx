import { useDeferredValue, useMemo, useState } from 'react';
import { findNudge } from '../../../shared/domain/nudge';

// Dismissed for the whole session, across entries: a nudge once declined is not repeated.
const dismissedThisSession = new Set<string>();

/** Offers a growth-mindset reframe when the text holds a fixed-mindset phrase. Dismissible. */
export function NudgeCallout({ text }: { text: string }) {
  const deferred = useDeferredValue(text);
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
