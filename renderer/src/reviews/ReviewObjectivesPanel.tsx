import { Link } from 'wouter';
import {
  OBJECTIVE_STATUS_LABELS,
  reachableStatuses,
} from '../../../shared/domain/objective-status';
import type { ObjectiveReviewInput } from '../../../shared/domain/oneonones/review-form';
import type { ObjectiveRollUp } from '../../../shared/domain/oneonones/review';
import type { ObjectiveStatus } from '../../../shared/domain/records';

/**
 * Each objective of the period with a new progress figure, confidence and status to record. The
 * status offers only the steps the status rules allow from where the objective is now.
 */
export function ReviewObjectivesPanel({
  objectives,
  inputs,
  onInput,
}: {
  objectives: ObjectiveRollUp[];
  inputs: Readonly<Record<string, Partial<ObjectiveReviewInput>>>;
  onInput: (objectiveId: string, change: Partial<ObjectiveReviewInput>) => void;
}) {
  return (
    <section className="card oo-card" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading">Objectives</h2>
      {objectives.length === 0 ? (
        <p className="empty">No active objectives.</p>
      ) : (
        objectives.map(({ objective, start, end, checkIns }) => {
          const input = inputs[objective.id] ?? {};
          return (
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
                  className="oo-input rv-progress"
                  min={0}
                  max={100}
                  value={input.progress ?? ''}
                  onChange={(e) => onInput(objective.id, { progress: e.target.value })}
                />
              </label>
              <label className="field">
                <span className="field__label">Confidence</span>
                <select
                  className="oo-select"
                  value={input.confidence ?? '3'}
                  onChange={(e) => onInput(objective.id, { confidence: e.target.value })}
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
                  value={input.status ?? objective.status}
                  onChange={(e) =>
                    onInput(objective.id, { status: e.target.value as ObjectiveStatus })
                  }
                >
                  {reachableStatuses(objective.status).map((s) => (
                    <option key={s} value={s}>
                      {OBJECTIVE_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          );
        })
      )}
    </section>
  );
}
