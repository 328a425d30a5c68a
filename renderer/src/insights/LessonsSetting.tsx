import { useState } from 'react';
import { saveSetting } from '../db/repo/settings';

/** Settings › Insights: whether lessons come back on Today. */
export function LessonsSetting({ value }: { value: boolean }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card form-card" aria-labelledby="insights-setting-heading">
      <h2 id="insights-setting-heading">Insights</h2>
      <label className="setting-check">
        <input
          type="checkbox"
          checked={value}
          onChange={(e) =>
            saveSetting('resurfaceLessons', e.target.checked).then(
              () => setError(null),
              (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)),
            )
          }
        />
        <span>
          <span className="field__label">Bring lessons back on Today</span>
          <span className="field__hint">
            What you wrote under “What will I do differently?” and an experiment’s lesson return
            about a day, a week, a month and three months later — at most two a day.
          </span>
        </span>
      </label>
      {error && (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
