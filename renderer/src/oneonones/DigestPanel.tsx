import { Link } from 'wouter';
import {
  DIGEST_SECTIONS,
  type DigestPoint,
  type DigestSection,
} from '../../../shared/domain/oneonones/digest';
import { assertNever } from '../../../shared/util/assert-never';
import { formatDate } from '../ui/format';
import { formatPeriod } from './formatPeriod';
import type { MeetingData } from './useMeetingData';

const SECTION_TITLES: Record<DigestSection, string> = {
  wins: 'Wins',
  feedback: 'Feedback received',
  lessons: 'Lessons: what I would do differently',
  reframes: 'Growth-mindset reframes',
  checkIns: 'Objective check-ins',
  attention: 'Objectives needing attention',
  actionItems: 'Open action items',
};

function sourceHref(point: DigestPoint): string {
  switch (point.source.type) {
    case 'entry':
      return `/entry/${point.source.id}`;
    case 'checkIn':
    case 'objective':
      return `/objectives/${point.objectiveId ?? point.source.id}`;
    case 'actionItem':
      return '/action-items';
    default:
      return assertNever(point.source.type);
  }
}

export function PeriodNote({ data }: { data: MeetingData }) {
  const label = formatPeriod(data.digest.period);
  switch (data.reason) {
    case 'sinceLast':
      return (
        <p className="oo-note">
          Since your last 1:1 on {formatDate(data.previous!.date)} ({label}).
        </p>
      );
    case 'firstMeeting':
      return (
        <p className="oo-note">
          This is the first 1:1 of this series, so the digest covers the {data.series.cadenceDays}{' '}
          days before it, the series cadence ({label}).
        </p>
      );
    case 'chosen':
      return <p className="oo-note">The period you chose: {label}.</p>;
    default:
      return assertNever(data.reason);
  }
}

/** "Since last 1:1": each point links to its source and can go onto the agenda with one click. */
export function DigestPanel({
  data,
  onAgenda,
  onAdd,
  canAdd,
}: {
  data: MeetingData;
  onAgenda: ReadonlySet<string>;
  onAdd: (point: DigestPoint) => void;
  canAdd: boolean;
}) {
  const total = DIGEST_SECTIONS.reduce((n, s) => n + data.digest.sections[s].length, 0);
  return (
    <section className="card oo-digest" aria-labelledby="digest-heading">
      <h2 id="digest-heading">Since last 1:1</h2>
      <PeriodNote data={data} />
      {total === 0 && (
        <p className="empty">
          Nothing recorded in this period yet. Write a win or some feedback, or choose a longer
          period.
        </p>
      )}
      {DIGEST_SECTIONS.map((section) => {
        const points = data.digest.sections[section];
        if (points.length === 0) return null;
        const headingId = `digest-${section}`;
        return (
          <div key={section} role="group" aria-labelledby={headingId}>
            <h3 id={headingId}>{SECTION_TITLES[section]}</h3>
            <ul className="oo-list">
              {points.map((point) => {
                const added = onAgenda.has(point.key);
                return (
                  <li key={point.key} className="oo-point oo-row">
                    <div className="oo-row__main">
                      <Link href={sourceHref(point)}>{point.text}</Link>
                      {point.date && <span className="oo-meta">{formatDate(point.date)}</span>}
                    </div>
                    {canAdd && (
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        disabled={added}
                        onClick={() => onAdd(point)}
                        aria-label={
                          added ? `On the agenda: ${point.text}` : `Add to agenda: ${point.text}`
                        }
                      >
                        {added ? 'On agenda' : 'Add'}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
