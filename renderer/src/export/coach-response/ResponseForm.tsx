import { useState, type ReactNode } from 'react';
import {
  COACH_RESPONSE_LIMITS,
  buildCoachResponse,
  coachResponseV1Schema,
  commentKey,
  responseFileName,
} from '../../../../shared/formats/coach-response';
import type { CoachSummary } from '../../../../shared/formats/coach-summary';
import { nowIso } from '../../db/repo/records';
import { platform } from '../../platform';
import type { ReportRespond } from '../CoachReport';
import { CommentField } from './CommentField';
import { useResponseDraft } from './useResponseDraft';

/**
 * The coach's side in Grove's viewer: name at the top, a comment beside each objective and entry
 * (through `children`, which renders the report), an overall note and "Save response" at the end.
 */
export function ResponseForm({
  summary,
  summaryHash,
  title,
  children,
}: {
  summary: CoachSummary;
  summaryHash: string;
  title: string;
  children: (respond: ReportRespond) => ReactNode;
}) {
  const { draft, update, setComment } = useResponseDraft(summaryHash);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const owner = summary.owner.name.trim() || 'the person';

  const respond: ReportRespond = {
    objective: (o) => {
      const key = commentKey({ type: 'objective', id: o.id });
      return (
        <CommentField
          id={`respond-${key.replace(':', '-')}`}
          about={`the objective “${o.title}”`}
          value={draft.comments[key]}
          onChange={(part) => setComment(key, part)}
        />
      );
    },
    entry: (e) => {
      const key = commentKey({ type: 'entry', id: e.id });
      return (
        <CommentField
          id={`respond-${key.replace(':', '-')}`}
          about={`the entry “${e.title.trim() || e.kindLabel}” of ${e.date}`}
          value={draft.comments[key]}
          onChange={(part) => setComment(key, part)}
        />
      );
    },
  };

  const save = async () => {
    if (!draft.responder.trim()) {
      setStatus({ text: `Add your name first, so ${owner} knows who responded.`, error: true });
      document.getElementById('respond-name')?.focus();
      return;
    }
    const response = buildCoachResponse(
      draft,
      {
        hash: summaryHash,
        owner: { name: summary.owner.name },
        period: summary.period,
        generatedAt: summary.generatedAt,
      },
      nowIso(),
    );
    if (response.comments.length === 0 && !response.overallNote) {
      setStatus({ text: 'Write a comment or an overall note first.', error: true });
      return;
    }
    const checked = coachResponseV1Schema.safeParse(response);
    if (!checked.success) {
      setStatus({ text: `The response cannot be saved: ${checked.error.message}`, error: true });
      return;
    }
    try {
      const result = await platform.saveFile({
        suggestedName: responseFileName(summary),
        content: `${JSON.stringify(checked.data, null, 2)}\n`,
        filters: [{ name: 'Coach response (JSON)', extensions: ['json'] }],
      });
      if (result.saved)
        setStatus({
          text: `Saved ${result.fileName}. Send this file to ${owner}.`,
          error: false,
        });
    } catch (cause) {
      setStatus({ text: cause instanceof Error ? cause.message : String(cause), error: true });
    }
  };

  return (
    <div className="respond-layout">
      <section className="card respond-card no-print" aria-labelledby="respond-heading">
        <h2 id="respond-heading">Respond to {owner}</h2>
        <p className="muted">
          Write a comment beside any objective or entry and mark it if you like, then save the
          response and send the file. Your draft is kept on this computer until then; nothing is
          added to your own journal.
        </p>
        <div className="field">
          <label className="field__label" htmlFor="respond-name">
            Your name
          </label>
          <input
            id="respond-name"
            autoComplete="name"
            maxLength={COACH_RESPONSE_LIMITS.nameLength}
            value={draft.responder}
            onChange={(e) => update((d) => ({ ...d, responder: e.target.value }))}
          />
        </div>
      </section>
      {children(respond)}
      <section className="card respond-card no-print" aria-labelledby="respond-end-heading">
        <h2 id="respond-end-heading">Overall</h2>
        <div className="field">
          <label className="field__label" htmlFor="respond-overall">
            Overall note <span className="visually-hidden">on {title}</span>
          </label>
          <textarea
            id="respond-overall"
            rows={4}
            maxLength={COACH_RESPONSE_LIMITS.commentLength}
            value={draft.overallNote}
            onChange={(e) => update((d) => ({ ...d, overallNote: e.target.value }))}
          />
        </div>
        <div className="export-card__row">
          <button type="button" className="button button--primary" onClick={() => void save()}>
            Save response
          </button>
        </div>
        <p
          className={status?.error ? 'callout callout--error' : 'muted'}
          role="status"
          aria-live="polite"
        >
          {status?.text ?? ''}
        </p>
      </section>
    </div>
  );
}
