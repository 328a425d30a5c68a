import { useState } from 'react';
import { Link } from 'wouter';
import type { PlannedFeedback } from '../../../../shared/domain/coach-feedback';
import { COACH_MARK_LABELS } from '../../../../shared/formats/coach-response';
import { assertNever } from '../../../../shared/util/assert-never';
import { ImportBusy, ImportError } from '../ImportSteps';
import { formatDate } from '../../ui/format';
import type { useCoachResponseImport } from './useCoachResponseImport';

type Importer = ReturnType<typeof useCoachResponseImport>;

/** The check's outcome: what is wrong, or every comment beside what it is about, to choose from. */
export function CoachResponsePanel({ importer }: { importer: Importer }) {
  const { state } = importer;
  switch (state.step) {
    case 'idle':
      return null;
    case 'checking':
      return <ImportBusy>Checking the response…</ImportBusy>;
    case 'writing':
      return <ImportBusy>Adding the feedback…</ImportBusy>;
    case 'error':
      return <ImportError message={state.message} onDismiss={importer.reset} />;
    case 'preview':
      return <Preview key={state.response.responseId} importer={importer} state={state} />;
    case 'done': {
      const { added, alreadyThere } = state.result;
      return (
        <div className="import-panel import-panel--done" role="status">
          <p>
            <strong>
              {added.length === 0
                ? 'Nothing new to add'
                : `Added ${added.length} feedback ${added.length === 1 ? 'entry' : 'entries'}`}
            </strong>{' '}
            from {state.fileName}.
            {alreadyThere > 0 &&
              ` ${alreadyThere} ${alreadyThere === 1 ? 'was' : 'were'} already in your journal.`}
          </p>
          {added.length > 0 && (
            <ul className="response-added">
              {added.map((entry) => (
                <li key={entry.id}>
                  <Link href={`/entry/${entry.id}`}>{entry.title}</Link>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--small" onClick={importer.reset}>
            Done
          </button>
        </div>
      );
    }
    default:
      return assertNever(state);
  }
}

function Preview({
  importer,
  state,
}: {
  importer: Importer;
  state: Extract<Importer['state'], { step: 'preview' }>;
}) {
  const { response, record, items } = state;
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(items.filter((i) => !i.alreadyImported).map((i) => i.key)),
  );
  const toggle = (key: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const count = chosen.size;
  return (
    <div className="import-panel response-preview" role="region" aria-label="Response to take in">
      <p>
        <strong>{response.responder.name}</strong> responded on{' '}
        {new Date(response.respondedAt).toLocaleString()} to your summary for{' '}
        {formatDate(record.period.from)} – {formatDate(record.period.to)}. Choose what to add to
        your journal as “Feedback received”.
      </p>
      <ul className="response-items">
        {items.map((item) => (
          <ResponseItem
            key={item.key}
            item={item}
            checked={chosen.has(item.key)}
            onToggle={() => toggle(item.key)}
          />
        ))}
      </ul>
      <div className="export-card__row">
        <button
          type="button"
          className="button button--primary"
          disabled={count === 0}
          onClick={() => void importer.confirm([...chosen])}
        >
          {count === 0
            ? 'Nothing chosen'
            : `Add ${count} as feedback ${count === 1 ? 'entry' : 'entries'}`}
        </button>
        <button type="button" className="button button--ghost" onClick={importer.reset}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function aboutText(item: PlannedFeedback): { kind: string; title: string } {
  switch (item.about.type) {
    case 'objective':
      return { kind: 'Objective', title: item.about.title };
    case 'entry':
      return { kind: `Entry · ${formatDate(item.about.date)}`, title: item.about.title };
    case 'overall':
      return { kind: 'Overall', title: item.about.title };
    default:
      return assertNever(item.about);
  }
}

function ResponseItem({
  item,
  checked,
  onToggle,
}: {
  item: PlannedFeedback;
  checked: boolean;
  onToggle: () => void;
}) {
  const about = aboutText(item);
  const id = `response-item-${item.key.replace(':', '-')}`;
  return (
    <li className="response-item">
      <div className="response-item__about">
        <span className="response-item__kind">{about.kind}</span>
        <span className="response-item__title">{about.title}</span>
      </div>
      <div className="response-item__comment">
        {item.mark && <span className="response-mark">{COACH_MARK_LABELS[item.mark]}</span>}
        {item.text.trim() && <p className="coach-report__text">{item.text}</p>}
        {item.note && <p className="field__hint">Note: {item.note}</p>}
        <label className="check" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={checked}
            disabled={item.alreadyImported}
            onChange={onToggle}
          />
          <span>
            {item.alreadyImported ? (
              'Already in your journal'
            ) : (
              <>
                Add to my journal
                <span className="visually-hidden">: {about.title}</span>
              </>
            )}
          </span>
        </label>
      </div>
    </li>
  );
}
