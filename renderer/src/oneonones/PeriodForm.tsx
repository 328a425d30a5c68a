import { useState, type ReactNode } from 'react';
import { isValidPeriod, type Period } from '../../../shared/domain/oneonones/period';

/**
 * Two dates and a button: the period a digest or a list covers. A start after the end is refused
 * with a message; extra actions (children) sit beside the button.
 */
export function PeriodForm({
  initial,
  submitLabel,
  className,
  onChoose,
  children,
}: {
  initial: Period;
  submitLabel: string;
  className: string;
  onChoose: (period: Period) => void;
  children?: ReactNode;
}) {
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <form
        className={className}
        onSubmit={(e) => {
          e.preventDefault();
          const next = { from, to };
          if (!isValidPeriod(next)) {
            setError('The start must be a date on or before the end.');
            return;
          }
          setError(null);
          onChoose(next);
        }}
      >
        <label className="field">
          <span className="field__label">From</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">To</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit" className="button button--small">
          {submitLabel}
        </button>
        {children}
      </form>
      {error && (
        <p className="oo-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
