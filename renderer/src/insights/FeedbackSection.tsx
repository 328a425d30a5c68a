import { Link } from 'wouter';
import { groupByTag, type FeedbackItem } from '../../../shared/domain/insights/feedback';
import type { InsightsResult } from './compute';
import { LazyDetails } from './TimeChart';
import { fmtDay, plural } from './format';

function status(item: FeedbackItem, titles: Record<string, string>): string {
  if (!item.actedOn) return 'Not acted on yet';
  if (item.how === 'objective') return 'Linked to an objective';
  const what = item.how === 'experiment' ? 'an experiment' : 'an after-action review';
  const title = item.followUpId ? titles[item.followUpId]?.trim() : '';
  const when =
    item.daysToAct === 0 ? 'the same day' : `${plural(item.daysToAct ?? 0, 'day')} later`;
  return `Followed by ${what}${title ? ` (“${title}”)` : ''} ${when}`;
}

/** Every piece of feedback in the period, by tag, and whether and how soon it was acted on. */
export function FeedbackSection({ result }: { result: InsightsResult }) {
  const items = result.feedback;
  const groups = groupByTag(items);
  const acted = items.filter((i) => i.actedOn);
  const days = acted.map((i) => i.daysToAct ?? 0).sort((a, b) => a - b);
  const median = days.length ? days[Math.floor((days.length - 1) / 2)]! : null;
  return (
    <section className="card insight-section" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading" className="section-title">
        Feedback ledger
      </h2>
      <p className="muted">
        Feedback counts as acted on when it is linked to an objective, or when an experiment or
        after-action review sharing one of its tags or objectives follows it within 90 days.
      </p>
      {items.length === 0 ? (
        <p className="empty">No feedback received in this period.</p>
      ) : (
        <>
          <p data-testid="feedback-summary">
            {plural(items.length, 'piece', 'pieces')} of feedback, {acted.length} acted on
            {median !== null ? ` (typically within ${plural(median, 'day')})` : ''}.
          </p>
          <div className="ledger">
            {groups.map((g, index) => (
              <LazyDetails
                key={g.tag ?? ''}
                className="ledger__group"
                initiallyOpen={index < 2}
                summary={
                  <h3 className="insight-subtitle">
                    {g.tag ? `#${g.tag}` : 'Without a tag'}{' '}
                    <span className="muted">
                      — {g.actedOn} of {g.items.length} acted on
                    </span>
                  </h3>
                }
              >
                {() => (
                  <ul className="ledger__list">
                    {g.items.map((item) => (
                      <li
                        key={item.id}
                        className={`ledger__item${item.actedOn ? ' ledger__item--acted' : ''}`}
                      >
                        <Link href={`/entry/${item.id}`}>{item.title.trim() || 'Feedback'}</Link>
                        <span className="muted"> · {fmtDay(item.date)}</span>
                        <span className="ledger__status">
                          {status(item, result.followUpTitles)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </LazyDetails>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
