import { useState } from 'react';
import { reportError } from '../app/reportError';
import { keyResultProgress } from '../../../shared/domain/progress';
import type { KeyResult } from '../../../shared/domain/records';
import {
  moveKeyResult,
  removeKeyResult,
  updateKeyResult,
  updateKeyResultProgress,
} from '../db/repo/keyResults';
import { Field, fieldErrorsOf, parseNumber } from './fields';
import { Adder } from './Adder';
import { AddKeyResult, KeyResultForm, stateOf } from './KeyResultForm';
import { ProgressBar } from './ProgressBar';
import { EditRemoveButtons } from './EditRemoveButtons';

function describeMeasure(kr: KeyResult): string {
  const m = kr.measure;
  if (m.type === 'done') return m.done ? 'Done' : 'Not done yet';
  const unit = m.unit ? ` ${m.unit}` : '';
  const verb = m.target < m.start ? 'reduce from' : 'from';
  return `${m.current}${unit} now · ${verb} ${m.start} to ${m.target}${unit}`;
}

export function KeyResults({
  objectiveId,
  keyResults,
}: {
  objectiveId: string;
  keyResults: KeyResult[];
}) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="card objective-section" aria-labelledby="kr-heading">
      <h2 id="kr-heading">Key results</h2>
      {keyResults.length === 0 ? (
        <p className="muted">
          No key results yet. Add one number or milestone that shows progress.
        </p>
      ) : (
        <ol className="kr-list">
          {keyResults.map((kr, index) =>
            editing === kr.id ? (
              <li key={kr.id} className="kr">
                <KeyResultForm
                  label={`Edit ${kr.title}`}
                  submitLabel="Save key result"
                  initial={stateOf(kr)}
                  done={kr.measure.type === 'done' && kr.measure.done}
                  save={(draft) => updateKeyResult(kr.id, draft)}
                  onSaved={() => setEditing(null)}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={kr.id} className="kr">
                <div className="kr__head">
                  <span className="kr__title">{kr.title}</span>
                  <span className="kr__actions">
                    <MoveButton
                      label={`Move “${kr.title}” up`}
                      symbol="↑"
                      by={-1}
                      disabled={index === 0}
                      id={kr.id}
                    />
                    <MoveButton
                      label={`Move “${kr.title}” down`}
                      symbol="↓"
                      by={1}
                      disabled={index === keyResults.length - 1}
                      id={kr.id}
                    />
                    <EditRemoveButtons
                      name={kr.title}
                      onEdit={() => setEditing(kr.id)}
                      onRemove={() =>
                        void removeKeyResult(kr.id).catch(
                          reportError('The key result was not removed'),
                        )
                      }
                    />
                  </span>
                </div>
                <div className="kr__progress">
                  <ProgressBar
                    value={keyResultProgress(kr.measure)}
                    label={`Progress of ${kr.title}`}
                  />
                  <span className="muted">{describeMeasure(kr)}</span>
                </div>
                <KeyResultUpdate key={kr.updatedAt} keyResult={kr} />
              </li>
            ),
          )}
        </ol>
      )}
      <Adder label="Add a key result" openInitially={keyResults.length === 0}>
        <AddKeyResult objectiveId={objectiveId} />
      </Adder>
    </section>
  );
}

function MoveButton({
  label,
  symbol,
  by,
  disabled,
  id,
}: {
  label: string;
  symbol: string;
  by: -1 | 1;
  disabled: boolean;
  id: string;
}) {
  return (
    <button
      type="button"
      className="button button--ghost button--small"
      aria-label={label}
      disabled={disabled}
      onClick={() => void moveKeyResult(id, by).catch(reportError('The key result was not moved'))}
    >
      {symbol}
    </button>
  );
}

function KeyResultUpdate({ keyResult }: { keyResult: KeyResult }) {
  const measure = keyResult.measure;
  const [text, setText] = useState(measure.type === 'numeric' ? String(measure.current) : '');
  const [error, setError] = useState<string | undefined>();
  if (measure.type === 'done') {
    return (
      <label className="kr__done">
        <input
          type="checkbox"
          checked={measure.done}
          onChange={(e) => void updateKeyResultProgress(keyResult.id, { done: e.target.checked })}
        />
        Done<span className="visually-hidden">: {keyResult.title}</span>
      </label>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        updateKeyResultProgress(keyResult.id, { current: parseNumber(text) }).then(
          () => setError(undefined),
          (cause: unknown) => setError(fieldErrorsOf(cause)['measure.current'] ?? 'was refused'),
        );
      }}
    >
      <Field label={`Current value of ${keyResult.title}`} error={error} className="field--compact">
        {(p) => (
          <span className="inline-control">
            <input
              {...p}
              type="text"
              inputMode="decimal"
              className="input--short"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" className="button button--small">
              Update<span className="visually-hidden"> {keyResult.title}</span>
            </button>
          </span>
        )}
      </Field>
    </form>
  );
}
