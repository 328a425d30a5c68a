import { useState } from 'react';
import { Link } from 'wouter';
import {
  addDays,
  monthOf,
  periodLabel,
  weekOf,
  type Period,
} from '../../../shared/domain/oneonones/period';
import { REVIEW_PROMPTS, type ReviewPromptId } from '../../../shared/domain/oneonones/review';
import { todayIsoDate } from '../../../shared/domain/dates';
import { OBJECTIVE_STATUSES, type ObjectiveStatus } from '../../../shared/domain/records';
import { useUiStore } from '../app/ui-store';
import { useSettings } from '../app/useSettings';
import { saveReview, type ReviewObjectiveUpdate } from '../db/repo/reviews';
import { ValidationError } from '../db/repo/validation';
import { OneOnOnesTabs } from '../oneonones/OneOnOnesTabs';
import { formatDate } from '../ui/format';
import { formatPeriod } from '../oneonones/formatPeriod';
import { useReviewData, type ReviewData } from './useReviewData';
import './reviews.css';

type Cadence = 'weekly' | 'monthly';

const STATUS_LABEL: Record<ObjectiveStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

function periodFor(cadence: Cadence, anchor: string, weekStart: number): Period {
  return cadence === 'weekly' ? weekOf(anchor, weekStart) : monthOf(anchor);
}

export function reviewTitle(cadence: Cadence, period: Period): string {
  return `${cadence === 'weekly' ? 'Weekly' : 'Monthly'} review — ${periodLabel(period)}`;
}

/** `/reviews`: the weekly or monthly ritual — look back over the period, answer, adjust objectives. */
export function ReviewsPage() {
  const settings = useSettings();
  const [cadence, setCadence] = useState<Cadence>('weekly');
  const [anchor, setAnchor] = useState(todayIsoDate);
  const period = periodFor(cadence, anchor, settings?.weekStart ?? 1);
  const title = reviewTitle(cadence, period);
  const data = useReviewData(period, title);

  const step = (by: -1 | 1) =>
    setAnchor(
      cadence === 'weekly'
        ? addDays(period.from, 7 * by)
        : addDays(by < 0 ? period.from : period.to, by),
    );

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
          onClick={() => step(-1)}
        >
          ← Previous
        </button>
        <strong aria-live="polite">{formatPeriod(period)}</strong>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => step(1)}
        >
          Next →
        </button>
      </div>
      {data && (
        <ReviewBody
          key={`${title}:${data.existing?.id ?? 'new'}`}
          data={data}
          title={title}
          period={period}
        />
      )}
    </div>
  );
}

function ReviewBody({ data, title, period }: { data: ReviewData; title: string; period: Period }) {
  const { rollUp, existing } = data;
  const notify = useUiStore((s) => s.notify);
  const [answers, setAnswers] = useState<Record<ReviewPromptId, string>>(() => ({
    moved: existing?.answers['moved'] ?? '',
    stalled: existing?.answers['stalled'] ?? '',
    next: existing?.answers['next'] ?? '',
  }));
  const [progress, setProgress] = useState<Record<string, string>>({});
  const [confidence, setConfidence] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Record<string, ObjectiveStatus>>({});
  const [error, setError] = useState<string | null>(null);
  const maxTrend = 5;

  const save = async () => {
    const updates: ReviewObjectiveUpdate[] = [];
    for (const { objective } of rollUp.objectives) {
      const p = progress[objective.id]?.trim() ?? '';
      const s = status[objective.id] ?? null;
      if (p === '' && (s === null || s === objective.status)) continue;
      const value = Number(p);
      if (p !== '' && (!Number.isFinite(value) || value < 0 || value > 100)) {
        setError(`Progress for “${objective.title}” must be a number from 0 to 100.`);
        return;
      }
      updates.push({
        objectiveId: objective.id,
        checkIn:
          p === ''
            ? null
            : {
                progress: value,
                confidence: Number(confidence[objective.id] ?? 3),
                note: `From the ${title}`,
              },
        status: s,
      });
    }
    try {
      await saveReview({ entryId: existing?.id ?? null, title, date: period.to, answers, updates });
      setError(null);
      setProgress({});
      notify(updates.length > 0 ? 'Review saved and objectives updated.' : 'Review saved.');
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
      <section className="card oo-card rv-rollup" aria-labelledby="rollup-heading">
        <h2 id="rollup-heading">The period at a glance</h2>
        {rollUp.totalEntries === 0 ? (
          <p className="empty">No entries in this period.</p>
        ) : (
          <ul className="rv-chips" aria-label="Entries by kind">
            {rollUp.countsByKind.map((k) => (
              <li key={k.kind} className="pill">
                {k.label}: {k.count}
              </li>
            ))}
          </ul>
        )}
        <div className="oo-grid" style={{ marginTop: 'var(--space-4)' }}>
          <div>
            <h3>Wins</h3>
            {rollUp.wins.length === 0 ? (
              <p className="muted">No wins written down.</p>
            ) : (
              <ul>
                {rollUp.wins.map((w) => (
                  <li key={w.id}>
                    <Link href={`/entry/${w.id}`}>{w.text}</Link>{' '}
                    <span className="oo-meta">{formatDate(w.date)}</span>
                  </li>
                ))}
              </ul>
            )}
            <h3>Lessons</h3>
            {rollUp.lessons.length === 0 ? (
              <p className="muted">No after-action reviews or experiments.</p>
            ) : (
              <ul>
                {rollUp.lessons.map((l) => (
                  <li key={l.id}>
                    <Link href={`/entry/${l.id}`}>{l.text}</Link>
                  </li>
                ))}
              </ul>
            )}
            <h3>Action items done</h3>
            {rollUp.actionItemsDone.length === 0 ? (
              <p className="muted">None closed in this period.</p>
            ) : (
              <ul>
                {rollUp.actionItemsDone.map((a) => (
                  <li key={a.id}>{a.text}</li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>Mood and energy</h3>
            {rollUp.trend.length === 0 ? (
              <p className="muted">No mood or energy recorded.</p>
            ) : (
              <>
                <p className="oo-meta">
                  Average mood {rollUp.averageMood ?? '—'} / 5 · energy{' '}
                  {rollUp.averageEnergy ?? '—'} / 5
                </p>
                <div className="rv-trend" role="table" aria-label="Mood and energy by day">
                  {rollUp.trend.map((t) => (
                    <div key={t.date} role="row" style={{ display: 'contents' }}>
                      <span role="rowheader">{formatDate(t.date)}</span>
                      <span role="cell" aria-label={`Mood ${t.mood ?? 'not recorded'}`}>
                        <span
                          className="rv-bar"
                          style={{
                            display: 'block',
                            width: `${((t.mood ?? 0) / maxTrend) * 100}%`,
                          }}
                        />
                      </span>
                      <span role="cell" aria-label={`Energy ${t.energy ?? 'not recorded'}`}>
                        <span
                          className="rv-bar rv-bar--energy"
                          style={{
                            display: 'block',
                            width: `${((t.energy ?? 0) / maxTrend) * 100}%`,
                          }}
                        />
                      </span>
                    </div>
                  ))}
                </div>
              </>
            )}
          </div>
        </div>
      </section>

      <section className="card oo-card" aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">Objectives</h2>
        {rollUp.objectives.length === 0 ? (
          <p className="empty">No active objectives.</p>
        ) : (
          rollUp.objectives.map(({ objective, start, end, checkIns }) => (
            <div
              key={objective.id}
              className="rv-objective"
              role="group"
              aria-label={objective.title}
            >
              <div>
                <Link href={`/objectives/${objective.id}`}>{objective.title}</Link>
                <div className="oo-meta">
                  {end === null
                    ? 'No check-in this period'
                    : `${start === null ? '' : `${Math.round(start)}% → `}${Math.round(end)}% · ${checkIns} check-in${checkIns === 1 ? '' : 's'}`}
                </div>
              </div>
              <label className="field">
                <span className="field__label">Progress %</span>
                <input
                  type="number"
                  className="oo-input"
                  min={0}
                  max={100}
                  style={{ width: '6rem' }}
                  value={progress[objective.id] ?? ''}
                  onChange={(e) => setProgress({ ...progress, [objective.id]: e.target.value })}
                />
              </label>
              <label className="field">
                <span className="field__label">Confidence</span>
                <select
                  className="oo-select"
                  value={confidence[objective.id] ?? '3'}
                  onChange={(e) => setConfidence({ ...confidence, [objective.id]: e.target.value })}
                >
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={n}>
                      {n}/5
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field__label">Status</span>
                <select
                  className="oo-select"
                  value={status[objective.id] ?? objective.status}
                  onChange={(e) =>
                    setStatus({ ...status, [objective.id]: e.target.value as ObjectiveStatus })
                  }
                >
                  {OBJECTIVE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABEL[s]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          ))
        )}
      </section>

      <section className="card oo-card oo-stack" aria-labelledby="questions-heading">
        <h2 id="questions-heading">Your review</h2>
        {REVIEW_PROMPTS.map((prompt) => (
          <label key={prompt.id} className="field">
            <span className="field__label">{prompt.label}</span>
            <textarea
              className="oo-textarea"
              placeholder={prompt.placeholder}
              value={answers[prompt.id]}
              onChange={(e) => setAnswers({ ...answers, [prompt.id]: e.target.value })}
            />
          </label>
        ))}
        <div className="oo-actions">
          <button type="button" className="button button--primary" onClick={() => void save()}>
            {existing ? 'Update review' : 'Save review'}
          </button>
          {existing && <Link href={`/entry/${existing.id}`}>Open the saved review</Link>}
        </div>
        {error && (
          <p className="oo-error" role="alert">
            {error}
          </p>
        )}
      </section>
    </div>
  );
}
