import { useId, type ReactNode } from 'react';
import { ValidationError } from '../db/repo/validation';

export type FieldErrors = Record<string, string>;

/**
 * Turns a refused write into one message per field, worded for a person ("Title needs a title"
 * reads badly, so the field's own label is left to the form). Other failures are rethrown.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ValidationError)) throw error;
  const errors: FieldErrors = {};
  for (const problem of error.problems) errors[problem.field] ??= problem.message;
  return errors;
}

export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

/** A labelled control with an optional hint and an inline error the control is described by. */
export function Field({
  label,
  hint,
  error,
  className,
  children,
}: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {error && (
        <span id={errorId} className="field__error">
          {label} {error}.
        </span>
      )}
    </div>
  );
}

/** Parses a number typed by a person; empty or junk becomes NaN, which the repository refuses. */
export function parseNumber(text: string): number {
  if (text.trim() === '') return Number.NaN;
  return Number(text.replace(',', '.'));
}

/**
 * The decimal input of the objective forms (key result start, target, current; check-in
 * progress): typed as text with a decimal keyboard, so "1.5" or "-3" are never reformatted while
 * typing; the repository parses and validates the number.
 */
export function NumberField({
  label,
  hint,
  error,
  value,
  onChange,
}: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(p) => (
        <input
          {...p}
          type="text"
          inputMode="decimal"
          className="input--short"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
