import { useState } from 'react';
import { reportError } from '../app/reportError';
import { keyResultProgress } from '../../../shared/domain/progress';
import type { KeyResult } from '../../../shared/domain/records';
import {
  addKeyResult,
  moveKeyResult,
  removeKeyResult,
  updateKeyResult,
  updateKeyResultProgress,
  type KeyResultDraft,
} from '../db/repo/keyResults';
import { Field, fieldErrorsOf, parseNumber, type FieldErrors } from './fields';
import { Adder } from './Adder';
import { ProgressBar } from './ProgressBar';

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
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() => setEditing(kr.id)}
                    >
                      Edit<span className="visually-hidden"> {kr.title}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() =>
                        void removeKeyResult(kr.id).catch(
                          reportError('The key result was not removed'),
                        )
                      }
                    >
                      Remove<span className="visually-hidden"> {kr.title}</span>
                    </button>
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

interface KrFormState {
  title: string;
  type: 'numeric' | 'done';
  direction: 'increase' | 'reduce';
  start: string;
  target: string;
  current: string;
  unit: string;
}

const EMPTY_KR: KrFormState = {
  title: '',
  type: 'numeric',
  direction: 'increase',
  start: '0',
  target: '',
  current: '',
  unit: '',
};

function stateOf(kr: KeyResult): KrFormState {
  const m = kr.measure;
  if (m.type === 'done') return { ...EMPTY_KR, title: kr.title, type: 'done' };
  return {
    title: kr.title,
    type: 'numeric',
    direction: m.target < m.start ? 'reduce' : 'increase',
    start: String(m.start),
    target: String(m.target),
    current: String(m.current),
    unit: m.unit,
  };
}

function AddKeyResult({ objectiveId }: { objectiveId: string }) {
  return (
    <KeyResultForm
      label="Add a key result"
      submitLabel="Add key result"
      initial={EMPTY_KR}
      resetAfterSave
      save={(draft) => addKeyResult(objectiveId, draft)}
    />
  );
}

function KeyResultForm({
  label,
  submitLabel,
  initial,
  resetAfterSave = false,
  done = false,
  save,
  onSaved,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initial: KrFormState;
  resetAfterSave?: boolean;
  /** A done/not-done key result keeps its state when edited. */
  done?: boolean;
  save: (draft: KeyResultDraft) => Promise<unknown>;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<KrFormState>) => setState((s) => ({ ...s, ...patch }));

  const draft = (): KeyResultDraft =>
    state.type === 'done'
      ? { type: 'done', title: state.title, done }
      : {
          type: 'numeric',
          title: state.title,
          direction: state.direction,
          start: parseNumber(state.start),
          target: parseNumber(state.target),
          // An empty "current" means "where I start".
          current: parseNumber(state.current.trim() === '' ? state.start : state.current),
          unit: state.unit,
        };

  return (
    <form
      className="subform"
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save(draft()).then(
          () => {
            if (resetAfterSave) setState(initial);
            setErrors({});
            onSaved?.();
          },
          (cause: unknown) => setErrors(fieldErrorsOf(cause)),
        );
      }}
    >
      <Field label="Key result" error={errors['title']}>
        {(p) => (
          <input
            {...p}
            type="text"
            value={state.title}
            onChange={(e) => set({ title: e.target.value })}
          />
        )}
      </Field>
      <div className="subform__row">
        <Field label="Measured as">
          {(p) => (
            <select
              {...p}
              value={state.type}
              onChange={(e) => set({ type: e.target.value as KrFormState['type'] })}
            >
              <option value="numeric">A number</option>
              <option value="done">Done / not done</option>
            </select>
          )}
        </Field>
        {state.type === 'numeric' && (
          <Field label="Direction" hint="Reduce: the target is below the start.">
            {(p) => (
              <select
                {...p}
                value={state.direction}
                onChange={(e) => set({ direction: e.target.value as KrFormState['direction'] })}
              >
                <option value="increase">Increase</option>
                <option value="reduce">Reduce</option>
              </select>
            )}
          </Field>
        )}
      </div>
      {state.type === 'numeric' && (
        <div className="subform__row">
          <Field label="Start" error={errors['measure.start']}>
            {(p) => (
              <input
                {...p}
                type="text"
                inputMode="decimal"
                className="input--short"
                value={state.start}
                onChange={(e) => set({ start: e.target.value })}
              />
            )}
          </Field>
          <Field label="Target" error={errors['measure.target']}>
            {(p) => (
              <input
                {...p}
                type="text"
                inputMode="decimal"
                className="input--short"
                value={state.target}
                onChange={(e) => set({ target: e.target.value })}
              />
            )}
          </Field>
          <Field label="Current" hint="Empty: the start." error={errors['measure.current']}>
            {(p) => (
              <input
                {...p}
                type="text"
                inputMode="decimal"
                className="input--short"
                value={state.current}
                onChange={(e) => set({ current: e.target.value })}
              />
            )}
          </Field>
          <Field label="Unit" hint="Optional.">
            {(p) => (
              <input
                {...p}
                type="text"
                className="input--short"
                value={state.unit}
                onChange={(e) => set({ unit: e.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
