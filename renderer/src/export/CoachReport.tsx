import type { EntryKind } from '../../../shared/domain/records';
import {
  OBJECTIVE_STATUS_LABELS,
  daysText,
  SMART_LABELS,
  kindLabel,
  measureText,
  percentText,
  ratingText,
  summaryTitle,
} from '../../../shared/formats/coach-render';
import type { ReactNode } from 'react';
import {
  yearReviewOf,
  type CoachEntry,
  type CoachObjective,
  type CoachSummary,
} from '../../../shared/formats/coach-summary';
import { CoachYearReviewSection } from './CoachYearReview';
import { formatDate } from '../ui/format';

/** What to show beside each objective and entry when a coach responds (see CoachSummaryViewer). */
export interface ReportRespond {
  objective: (objective: CoachObjective) => ReactNode;
  entry: (entry: CoachEntry) => ReactNode;
}

/**
 * A coach summary as a tidy, printable report. All text is rendered by React as text, so markup
 * inside an entry stays inert.
 */
export function CoachReport({
  summary,
  headingLevel = 2,
  respond,
}: {
  summary: CoachSummary;
  headingLevel?: 1 | 2;
  respond?: ReportRespond;
}) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Section = headingLevel === 1 ? 'h2' : 'h3';
  const Item = headingLevel === 1 ? 'h3' : 'h4';
  const s = summary.stats;
  const byKind = Object.entries(s.entriesByKind) as [EntryKind, number][];
  const review = yearReviewOf(summary);
  return (
    <article className="coach-report" aria-label="Coach summary">
      <header className="coach-report__header">
        <Title className="coach-report__title">{summaryTitle(summary)}</Title>
        <p className="muted">
          {formatDate(summary.period.from)} – {formatDate(summary.period.to)} · generated{' '}
          {new Date(summary.generatedAt).toLocaleString()}
        </p>
      </header>

      <section aria-label="At a glance">
        <Section className="coach-report__section">At a glance</Section>
        <dl className="coach-report__stats">
          <div>
            <dt>Entries</dt>
            <dd>
              {s.entriesTotal} on {daysText(s.daysWritten)}
            </dd>
          </div>
          <div>
            <dt>Shared</dt>
            <dd>{s.sharedEntries}</dd>
          </div>
          <div>
            <dt>Longest streak</dt>
            <dd>{daysText(s.streak.longest)}</dd>
          </div>
          <div>
            <dt>Mood · energy</dt>
            <dd>
              {ratingText(s.mood)} · {ratingText(s.energy)}
            </dd>
          </div>
          <div>
            <dt>Objectives achieved</dt>
            <dd>{s.objectivesAchieved}</dd>
          </div>
        </dl>
        {byKind.length > 0 && (
          <p className="muted">
            By kind: {byKind.map(([kind, n]) => `${kindLabel(kind)} ${n}`).join(' · ')}
          </p>
        )}
      </section>

      {review && <CoachYearReviewSection review={review} Heading={Section} />}

      {summary.objectives.length > 0 && (
        <section aria-label="Objectives">
          <Section className="coach-report__section">Objectives</Section>
          {summary.objectives.map((o) => (
            <div key={o.id} className="coach-report__objective">
              <Item>{o.title}</Item>
              <p className="muted">
                {OBJECTIVE_STATUS_LABELS[o.status]} · progress {percentText(o.progress)}
                {o.targetDate ? ` · target ${formatDate(o.targetDate)}` : ''}
              </p>
              {o.progress !== null && (
                <div className="coach-report__bar" aria-hidden="true">
                  <span style={{ width: `${o.progress}%` }} />
                </div>
              )}
              {o.why.trim() && <p className="coach-report__text">{o.why}</p>}
              <dl className="coach-report__smart">
                {(Object.keys(SMART_LABELS) as (keyof typeof SMART_LABELS)[])
                  .filter((part) => o.smart[part].trim())
                  .map((part) => (
                    <div key={part}>
                      <dt>{SMART_LABELS[part]}</dt>
                      <dd>{o.smart[part]}</dd>
                    </div>
                  ))}
              </dl>
              {o.keyResults.length > 0 && (
                <ul className="coach-report__list">
                  {o.keyResults.map((kr, i) => (
                    <li key={i}>
                      {kr.title} — {measureText(kr.measure)} ({kr.progress}%)
                    </li>
                  ))}
                </ul>
              )}
              {o.checkIns.length > 0 && (
                <ul className="coach-report__list coach-report__list--quiet">
                  {o.checkIns.map((c, i) => (
                    <li key={i}>
                      {formatDate(c.date)}: {c.progress}%, confidence {c.confidence}/5
                      {c.note.trim() ? ` — ${c.note}` : ''}
                      {c.blockers.trim() ? ` (blockers: ${c.blockers})` : ''}
                    </li>
                  ))}
                </ul>
              )}
              {respond?.objective(o)}
            </div>
          ))}
        </section>
      )}

      <section aria-label="Shared entries">
        <Section className="coach-report__section">Shared entries</Section>
        {summary.entries.length === 0 ? (
          <p className="muted">No entries marked shareable in this period.</p>
        ) : (
          summary.entries.map((e) => (
            <div key={e.id} className="coach-report__entry">
              <p className="coach-report__meta">
                {formatDate(e.date)} · {e.kindLabel}
                {e.isSummary ? ' · summary' : ''}
              </p>
              {e.title.trim() && <Item className="coach-report__entry-title">{e.title}</Item>}
              {e.text.trim() && <p className="coach-report__text">{e.text}</p>}
              {respond?.entry(e)}
            </div>
          ))
        )}
      </section>

      {summary.actionItems.length > 0 && (
        <section aria-label="Action items">
          <Section className="coach-report__section">Action items</Section>
          <ul className="coach-report__list">
            {summary.actionItems.map((a, i) => (
              <li key={i}>
                {a.status === 'done' ? '✓ ' : ''}
                {a.text}
                {a.dueDate ? ` (due ${formatDate(a.dueDate)})` : ''}
                {a.owner === 'them' ? ' — their action' : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
