import type { Period } from '../../../shared/domain/oneonones/period';
import { PeriodForm } from './PeriodForm';

/** Shows the digest for another period than "since the last 1:1". */
export function PeriodChooser({
  period,
  chosen,
  onChoose,
}: {
  period: Period;
  chosen: Period | null;
  onChoose: (p: Period | null) => void;
}) {
  return (
    <details className="card">
      <summary>Choose another period</summary>
      <PeriodForm
        initial={period}
        submitLabel="Show this period"
        className="oo-inline-form oo-period-form"
        onChoose={onChoose}
      >
        {chosen && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => onChoose(null)}
          >
            Back to “since last 1:1”
          </button>
        )}
      </PeriodForm>
    </details>
  );
}
