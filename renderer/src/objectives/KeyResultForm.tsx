import { useState } from 'react';
import { addKeyResult, type KeyResultDraft } from '../db/repo/keyResults';
import type { KeyResult } from '../../../shared/domain/records';
import { Field, fieldErrorsOf, NumberField, parseNumber, type FieldErrors } from './fields';

/** The form that adds a key result or edits one in place (its kind can change too). */
export interface KrFormState {
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

export function stateOf(kr: KeyResult): KrFormState {
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

export function AddKeyResult({ objectiveId }: { objectiveId: string }) {
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

export function KeyResultForm({
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
          <NumberField
            label="Start"
            error={errors['measure.start']}
            value={state.start}
            onChange={(v) => set({ start: v })}
          />
          <NumberField
            label="Target"
            error={errors['measure.target']}
            value={state.target}
            onChange={(v) => set({ target: v })}
          />
          <NumberField
            label="Current"
            hint="Empty: the start."
            error={errors['measure.current']}
            value={state.current}
            onChange={(v) => set({ current: v })}
          />
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
