import { useRef, useState } from 'react';
import { Link } from 'wouter';
import {
  reviewPeriod,
  reviewUpdates,
  stepReviewAnchor,
  type ReviewAnswers,
  type ReviewCadence,
} from '../../../shared/domain/oneonones/review-form';
import { todayIsoDate } from '../../../shared/domain/dates';
import { useUiStore } from '../app/ui-store';
import { useSettings } from '../app/useSettings';
import { saveReview, type ReviewKey } from '../db/repo/reviews';
import { ValidationError } from '../db/repo/validation';
import { formatPeriod } from '../oneonones/formatPeriod';
import { OneOnOnesTabs } from '../oneonones/OneOnOnesTabs';
import { ReviewAnswersPanel } from './ReviewAnswersPanel';
import { useReviewInputs } from './review-inputs-store';
import { ReviewObjectivesPanel } from './ReviewObjectivesPanel';
import { ReviewRollUpPanel } from './ReviewRollUpPanel';
import { useReviewData, type ReviewData } from './useReviewData';
import './reviews.css';

/** `/reviews`: the weekly or monthly ritual — look back over the period, answer, adjust objectives. */
export function ReviewsPage() {
  const settings = useSettings();
  const [cadence, setCadence] = useState<ReviewCadence>('weekly');
  const [anchor, setAnchor] = useState(todayIsoDate);
  const period = reviewPeriod(cadence, anchor, settings?.weekStart ?? 1);
  const key: ReviewKey = { cadence, period };
  const data = useReviewData(key);

  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Look back, then ahead</p>
        <h1>Reviews</h1>
      </header>
      <OneOnOnesTabs />
      <div className="rv-nav">
        <fieldset className="segmented" aria-label="Review cadence">
          {(['weekly', 'monthly'] as const).map((c) => (
            <label key={c} className="segmented__option">
              <input
                type="radio"
                name="cadence"
                checked={cadence === c}
                onChange={() => setCadence(c)}
              />
              <span>{c === 'weekly' ? 'Weekly' : 'Monthly'}</span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => setAnchor(stepReviewAnchor(cadence, period, -1))}
        >
          ← Previous
        </button>
        <strong aria-live="polite">{formatPeriod(period)}</strong>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => setAnchor(stepReviewAnchor(cadence, period, 1))}
        >
          Next →
        </button>
      </div>
      {data && (
        // Keyed by the review's stable key only: the first autosave creating the entry must not
        // remount the form (and lose the cursor).
        <ReviewBody key={`${cadence}:${period.from}:${period.to}`} data={data} reviewKey={key} />
      )}
    </div>
  );
}

function ReviewBody({ data, reviewKey }: { data: ReviewData; reviewKey: ReviewKey }) {
  const { rollUp, review } = data;
  const notify = useUiStore((s) => s.notify);
  const storeKey = `${reviewKey.cadence}:${reviewKey.period.from}`;
  const inputs = useReviewInputs((s) => s.inputs[storeKey]) ?? {};
  const setInput = useReviewInputs((s) => s.setInput);
  const clearInputs = useReviewInputs((s) => s.clear);
  const answers = useRef<Partial<ReviewAnswers>>({});
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const built = reviewUpdates(
      rollUp.objectives.map((o) => o.objective),
      inputs,
      `From the ${reviewKey.cadence} review`,
    );
    if ('problem' in built) {
      setError(built.problem);
      return;
    }
    try {
      await saveReview({ ...reviewKey, answers: answers.current, updates: built.updates });
      setError(null);
      clearInputs(storeKey);
      notify(built.updates.length > 0 ? 'Review saved and objectives updated.' : 'Review saved.');
    } catch (err) {
      setError(
        err instanceof ValidationError && err.problems[0]?.field === 'answers'
          ? 'Answer at least one question, or update an objective, before saving.'
          : err instanceof Error
            ? err.message
            : 'The review could not be saved.',
      );
    }
  };

  return (
    <div className="oo-stack">
      <ReviewRollUpPanel rollUp={rollUp} />
      <ReviewObjectivesPanel
        objectives={rollUp.objectives}
        inputs={inputs}
        onInput={(objectiveId, change) => setInput(storeKey, objectiveId, change)}
      />
      {review.trashed && (
        <p className="card oo-card" role="status">
          This period’s review is in the trash. <Link href="/journal/trash">Restore it</Link> to
          continue writing it.
        </p>
      )}
      <ReviewAnswersPanel
        reviewKey={reviewKey}
        stored={review.entry?.answers ?? {}}
        disabled={review.trashed}
        onAnswers={(typed) => (answers.current = typed)}
      >
        <div className="oo-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={review.trashed}
            onClick={() => void save()}
          >
            {review.entry ? 'Update review' : 'Save review'}
          </button>
          {review.entry && <Link href={`/entry/${review.entry.id}`}>Open the saved review</Link>}
        </div>
        {error && (
          <p className="oo-error" role="alert">
            {error}
          </p>
        )}
      </ReviewAnswersPanel>
    </div>
  );
}
