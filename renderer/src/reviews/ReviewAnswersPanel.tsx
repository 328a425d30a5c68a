import { useRef, useState, type ReactNode } from 'react';
import { REVIEW_PROMPTS, type ReviewPromptId } from '../../../shared/domain/oneonones/review';
import type { ReviewAnswers } from '../../../shared/domain/oneonones/review-form';
import { reportError } from '../app/reportError';
import { saveReviewAnswers, type ReviewKey } from '../db/repo/reviews';
import { useAutosave } from '../ui/useAutosave';

/**
 * The three questions, saved as they are typed (after a pause, on leaving a field, on leaving the
 * page) into the period's review entry: coming back to the period shows them again. Only the
 * answers typed here are written, so an answer changed elsewhere meanwhile is kept.
 */
export function ReviewAnswersPanel({
  reviewKey,
  stored,
  disabled,
  onAnswers,
  children,
}: {
  reviewKey: ReviewKey;
  stored: Partial<ReviewAnswers>;
  disabled: boolean;
  /** The answers typed here (only those), for the Save button. */
  onAnswers: (answers: Partial<ReviewAnswers>) => void;
  children: ReactNode;
}) {
  const [answers, setAnswers] = useState<ReviewAnswers>(() => ({
    moved: stored.moved ?? '',
    stalled: stored.stalled ?? '',
    next: stored.next ?? '',
  }));
  const touched = useRef(new Set<ReviewPromptId>());
  const typedHere = (all: ReviewAnswers): Partial<ReviewAnswers> =>
    Object.fromEntries([...touched.current].map((id) => [id, all[id]]));
  const { schedule, flush } = useAutosave(
    (all: ReviewAnswers) => saveReviewAnswers(reviewKey, typedHere(all)),
    reportError('Your review answers were not saved (they are still on screen)'),
  );

  return (
    <section className="card oo-card oo-stack" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Your review</h2>
      <p className="oo-meta">Your answers are saved as you type.</p>
      {REVIEW_PROMPTS.map((prompt) => (
        <label key={prompt.id} className="field">
          <span className="field__label">{prompt.label}</span>
          <textarea
            className="oo-textarea"
            placeholder={prompt.placeholder}
            value={answers[prompt.id]}
            disabled={disabled}
            onBlur={flush}
            onChange={(e) => {
              const next = { ...answers, [prompt.id]: e.target.value };
              touched.current.add(prompt.id);
              setAnswers(next);
              onAnswers(typedHere(next));
              schedule(next);
            }}
          />
        </label>
      ))}
      {children}
    </section>
  );
}
