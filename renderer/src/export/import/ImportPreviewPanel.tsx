import { useMemo } from 'react';
import { ENTRY_KIND_INFO } from '../../../../shared/domain/entry-kinds';
import { ENTRY_KINDS, type EntryKind } from '../../../../shared/domain/records';
import { previewRecords, type ImportChoices } from '../../../../shared/formats/import/to-entries';
import { IMPORT_FORMAT_LABELS, type ImportPreview } from '../../../../shared/formats/import/types';
import { formatDate } from '../../ui/format';
import { MarkdownPreview } from '../../journal/MarkdownPreview';

const MOOD_CHOICES = [
  { value: '', label: 'No mood' },
  { value: '5', label: '5 — great' },
  { value: '4', label: '4 — good' },
  { value: '3', label: '3 — okay' },
  { value: '2', label: '2 — low' },
  { value: '1', label: '1 — bad' },
];
const SHOWN_WARNINGS = 200;

function dateRange(preview: ImportPreview): [string, string] {
  let from = preview.entries[0]!.date;
  let to = from;
  for (const e of preview.entries) {
    if (e.date < from) from = e.date;
    if (e.date > to) to = e.date;
  }
  return [from, to];
}

/** Everything found, the choices, the first entries as they will look, and every warning. */
export function ImportPreviewPanel({
  names,
  preview,
  choices,
  onChoices,
  onConfirm,
  onCancel,
}: {
  names: string[];
  preview: ImportPreview;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const [from, to] = useMemo(() => dateRange(preview), [preview]);
  const samples = useMemo(
    () =>
      previewRecords(preview, choices, 3, {
        now: new Date().toISOString(),
        newId: () => crypto.randomUUID(),
      }),
    [preview, choices],
  );
  const count = preview.entries.length;
  const kindsFromFile = preview.entries.some((e) => e.kind !== null);

  return (
    <>
      <section className="card import-summary" aria-labelledby="import-summary-heading">
        <h2 id="import-summary-heading">{IMPORT_FORMAT_LABELS[preview.format]}</h2>
        <p className="muted import-summary__files">{names.join(', ')}</p>
        <dl className="import-facts">
          <div>
            <dt>Entries</dt>
            <dd>{count.toLocaleString()}</dd>
          </div>
          <div>
            <dt>From</dt>
            <dd>{formatDate(from)}</dd>
          </div>
          <div>
            <dt>To</dt>
            <dd>{formatDate(to)}</dd>
          </div>
          {preview.mediaSkipped > 0 && (
            <div>
              <dt>Media left out</dt>
              <dd>{preview.mediaSkipped.toLocaleString()}</dd>
            </div>
          )}
        </dl>
      </section>

      <section className="card import-mapping" aria-labelledby="import-mapping-heading">
        <h2 id="import-mapping-heading">How it maps</h2>
        <div className="field">
          <label htmlFor="import-kind">Import entries as</label>
          <select
            id="import-kind"
            value={choices.kind}
            onChange={(e) => onChoices({ ...choices, kind: e.target.value as EntryKind })}
          >
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {ENTRY_KIND_INFO[k].label}
              </option>
            ))}
          </select>
          <p className="field__hint">
            {kindsFromFile
              ? 'Files that say their kind (a Grove export) keep it; the others become this kind.'
              : 'The text goes into the entry’s body; titles, dates and tags keep their own fields.'}
          </p>
        </div>
        {preview.format === 'daylio' && (
          <table className="import-table import-moods">
            <caption>Moods</caption>
            <thead>
              <tr>
                <th scope="col">Daylio mood</th>
                <th scope="col">Entries</th>
                <th scope="col">Grove mood</th>
              </tr>
            </thead>
            <tbody>
              {preview.moodLabels.map(({ label, count: n }) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{n.toLocaleString()}</td>
                  <td>
                    <select
                      aria-label={`Grove mood for “${label}”`}
                      value={String(choices.moodMap[label] ?? '')}
                      onChange={(e) =>
                        onChoices({
                          ...choices,
                          moodMap: {
                            ...choices.moodMap,
                            [label]: e.target.value === '' ? null : Number(e.target.value),
                          },
                        })
                      }
                    >
                      {MOOD_CHOICES.map((m) => (
                        <option key={m.value} value={m.value}>
                          {m.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {preview.format === 'daylio' && (
          <p className="field__hint">
            Activities become tags; the note title becomes the entry’s title.
          </p>
        )}
        {preview.format === 'dayone' && (
          <p className="field__hint">
            Tags stay tags; starred entries get the tag “starred”; each photo, video or recording
            becomes a line saying which file in the export it was.
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="import-samples-heading">
        <h2 id="import-samples-heading">The first entries, as they will look</h2>
        <ol className="import-samples">
          {samples.map((entry) => (
            <li key={entry.id} className="import-sample">
              <p className="entry-card__meta">
                <span>{formatDate(entry.date)}</span>
                <span className="pill">{ENTRY_KIND_INFO[entry.kind].label}</span>
                {entry.mood !== null && <span>Mood {entry.mood}/5</span>}
                {entry.tags.slice(0, 6).map((t) => (
                  <span key={t}>#{t}</span>
                ))}
              </p>
              <h3 className="import-sample__title">{entry.title.trim() || 'Untitled'}</h3>
              <div className="import-sample__body">
                <MarkdownPreview source={entry.body.slice(0, 1500)} />
              </div>
            </li>
          ))}
        </ol>
      </section>

      {preview.warnings.length > 0 && (
        <section className="card" aria-labelledby="import-warnings-heading">
          <h2 id="import-warnings-heading">
            {preview.warnings.length.toLocaleString()}{' '}
            {preview.warnings.length === 1 ? 'thing' : 'things'} to know
          </h2>
          <p className="muted">
            Skipped items are not imported; everything else is. You decide whether to go ahead.
          </p>
          <ul className="import-warnings">
            {preview.warnings.slice(0, SHOWN_WARNINGS).map((w, i) => (
              <li key={i}>
                <span className="import-warnings__where">{w.where}</span> {w.message}
              </li>
            ))}
          </ul>
          {preview.warnings.length > SHOWN_WARNINGS && (
            <p className="muted">…and {preview.warnings.length - SHOWN_WARNINGS} more.</p>
          )}
        </section>
      )}

      <div className="export-card__row import-actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          Import {count.toLocaleString()} {count === 1 ? 'entry' : 'entries'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
