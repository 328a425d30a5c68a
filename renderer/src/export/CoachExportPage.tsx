import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLiveQueryFor } from '../ui/useLiveQueryFor';
import { Link } from 'wouter';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import { ENTRY_KINDS } from '../../../shared/domain/records';
import { coachSummaryToMarkdown } from '../../../shared/formats/coach-render';
import { coachSummaryWebPage } from '../../../shared/formats/coach-response-page';
import { canonicalJson } from '../../../shared/formats/canonical-json';
import type { CoachSummary } from '../../../shared/formats/coach-summary';
import { YEAR_REVIEW_SHARING_NOTE } from '../../../shared/formats/coach-year-review';
import { useUiStore } from '../app/ui-store';
import { buildCoachSummary, objectivesForExport } from '../db/repo/coachExport';
import { recordExportedSummary } from '../db/repo/coachResponses';
import { platform } from '../platform';
import { ArrowLeftIcon } from '../ui/icons';
import { CoachReport } from './CoachReport';
import { isDefaultObjective, useCoachSelection, type PeriodPreset } from './useCoachSelection';
import './export.css';

const PRESETS: { value: PeriodPreset; label: string }[] = [
  { value: 'month', label: '30 days' },
  { value: 'quarter', label: '3 months' },
  { value: 'half', label: '6 months' },
  { value: 'custom', label: 'Custom' },
];

type SaveAs = 'json' | 'md' | 'html';

/** Pretty JSON with sorted keys: readable for a coach, stable for a diff. */
const prettyJson = (summary: CoachSummary) =>
  `${JSON.stringify(JSON.parse(canonicalJson(summary)), null, 2)}\n`;

export function CoachExportPage() {
  const choice = useCoachSelection();
  const notify = useUiStore((s) => s.notify);
  const [error, setError] = useState<string | null>(null);
  const objectives = useLiveQuery(objectivesForExport, []);
  const selection = objectives ? choice.selectionFor(objectives) : null;
  // Saved files are built only from the summary of the inputs on screen: while a changed period
  // is being summarised the buttons wait, and the preview shows the previous one dimmed.
  const { value: summary, latest: shown } = useLiveQueryFor(
    () =>
      selection
        ? buildCoachSummary(selection, { appVersion: import.meta.env['VITE_APP_VERSION'] })
        : undefined,
    JSON.stringify(selection),
  );

  const save = async (kind: SaveAs) => {
    if (!summary) return;
    const base = `grove-coach-summary-${summary.period.from}-to-${summary.period.to}`;
    try {
      const file = {
        json: () => ({
          name: `${base}.json`,
          content: prettyJson(summary),
          filter: { name: 'Coach summary (JSON)', extensions: ['json'] },
        }),
        md: () => ({
          name: `${base}.md`,
          content: coachSummaryToMarkdown(summary),
          filter: { name: 'Markdown', extensions: ['md'] },
        }),
        html: async () => ({
          name: `${base}.html`,
          content: await coachSummaryWebPage(summary),
          filter: { name: 'Web page', extensions: ['html'] },
        }),
      };
      const chosen = await file[kind]();
      // Remembered first, so no file a coach can answer exists without its record: a response
      // is later checked to answer this very summary. (A cancelled save leaves only a hash.)
      if (kind !== 'md') await recordExportedSummary(summary);
      const result = await platform.saveFile({
        suggestedName: chosen.name,
        content: chosen.content,
        filters: [chosen.filter],
      });
      setError(null);
      if (result.saved) notify(`Saved ${result.fileName}.`);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const chosenIds = selection?.objectiveIds ?? [];
  const toggleObjective = (id: string) =>
    choice.setObjectiveIds(
      chosenIds.includes(id) ? chosenIds.filter((x) => x !== id) : [...chosenIds, id],
    );

  return (
    <div className="page page--wide">
      <Link href="/export" className="back-link">
        <ArrowLeftIcon /> Export &amp; backup
      </Link>
      <header className="page__header">
        <h1>Summary for a coach</h1>
        <p className="lead">
          Choose what to share. The preview is exactly what leaves this machine — private entries
          never do.
        </p>
      </header>
      {error && (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      )}
      <div className="coach-export">
        <form
          className="card form-card coach-export__choices"
          aria-label="What to share"
          onSubmit={(e) => e.preventDefault()}
        >
          <fieldset className="field">
            <legend className="field__label">Period</legend>
            <div className="segmented">
              {PRESETS.map((p) => (
                <label key={p.value} className="segmented__option">
                  <input
                    type="radio"
                    name="period"
                    value={p.value}
                    checked={choice.preset === p.value}
                    onChange={() => choice.choosePreset(p.value)}
                  />
                  <span>{p.label}</span>
                </label>
              ))}
            </div>
            <div className="coach-export__dates">
              <label>
                <span className="field__hint">From</span>
                <input
                  type="date"
                  value={choice.range.from}
                  onChange={(e) =>
                    e.target.value && choice.setRange({ ...choice.range, from: e.target.value })
                  }
                />
              </label>
              <label>
                <span className="field__hint">To</span>
                <input
                  type="date"
                  value={choice.range.to}
                  onChange={(e) =>
                    e.target.value && choice.setRange({ ...choice.range, to: e.target.value })
                  }
                />
              </label>
            </div>
          </fieldset>

          <fieldset className="field">
            <legend className="field__label">Objectives</legend>
            {objectives && objectives.length === 0 && (
              <p className="field__hint">No objectives yet.</p>
            )}
            <div className="check-list">
              {objectives?.map((o) => (
                <label key={o.id} className="check">
                  <input
                    type="checkbox"
                    checked={chosenIds.includes(o.id)}
                    onChange={() => toggleObjective(o.id)}
                  />
                  <span>
                    {o.title}
                    {!isDefaultObjective(o) && <span className="muted"> · {o.status}</span>}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset className="field">
            <legend className="field__label">Entry kinds</legend>
            <span className="field__hint">Only entries you marked shareable are included.</span>
            <div className="check-list check-list--columns">
              {ENTRY_KINDS.map((kind) => (
                <label key={kind} className="check">
                  <input
                    type="checkbox"
                    checked={choice.kinds.includes(kind)}
                    onChange={() => choice.toggleKind(kind)}
                  />
                  <span>{ENTRY_KIND_INFO[kind].label}</span>
                </label>
              ))}
            </div>
          </fieldset>

          <label className="check">
            <input
              type="checkbox"
              checked={choice.includeActionItems}
              onChange={(e) => choice.setIncludeActionItems(e.target.checked)}
            />
            <span>Include open action items and those done in the period</span>
          </label>

          <div className="field">
            <label className="check">
              <input
                type="checkbox"
                checked={choice.includeYearReview}
                aria-describedby="coach-year-review-hint"
                onChange={(e) => choice.setIncludeYearReview(e.target.checked)}
              />
              <span>Include the year-in-review figures for this period</span>
            </label>
            <span id="coach-year-review-hint" className="field__hint">
              {YEAR_REVIEW_SHARING_NOTE}
            </span>
          </div>

          <div className="coach-export__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!summary}
              onClick={() => void save('json')}
            >
              Save JSON
            </button>
            <button
              type="button"
              className="button"
              disabled={!summary}
              onClick={() => void save('md')}
            >
              Save Markdown
            </button>
            <button
              type="button"
              className="button"
              disabled={!summary}
              onClick={() => void save('html')}
            >
              Save web page
            </button>
            <button
              type="button"
              className="button"
              disabled={!summary}
              onClick={() => window.print()}
            >
              Print…
            </button>
          </div>
          <p className="field__hint">
            {platform.kind === 'desktop'
              ? 'To make a PDF, choose Print and then “Save as PDF” in the print dialog.'
              : 'To make a PDF, choose Print and then “Save as PDF” in your browser’s print dialog.'}{' '}
            The numbers at a glance count all entries of the chosen kinds, private ones included; no
            private text leaves. The web page has a response form: your coach can answer in any
            browser and send you the file to take in under Export &amp; backup.
          </p>
        </form>

        <section className="card coach-export__preview print-area" aria-label="Preview">
          <p className="eyebrow no-print">Preview — exactly what will be shared</p>
          {shown ? (
            <div className={summary ? undefined : 'coach-export__stale'} aria-busy={!summary}>
              <CoachReport summary={shown} />
            </div>
          ) : (
            <p className="muted">Preparing the preview…</p>
          )}
        </section>
      </div>
    </div>
  );
}
