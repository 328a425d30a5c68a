import { useId } from 'react';
import {
  YEAR_REVIEW_TEXT,
  moodMonths,
  ratingText,
  yearReviewFigureRows,
} from '../../../shared/formats/coach-render';
import type { CoachYearReview } from '../../../shared/formats/coach-year-review';
import { formatDate, formatMonth } from '../ui/format';

/**
 * The year-in-review figures of a coach summary, as tables with captions (the Insights charts
 * stay on the person's machine; a coach reads the numbers, and so does a screen reader).
 */
export function CoachYearReviewSection({
  review,
  Heading,
}: {
  review: CoachYearReview;
  Heading: 'h2' | 'h3';
}) {
  const t = YEAR_REVIEW_TEXT;
  const months = moodMonths(review);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className="coach-report__section">
        {t.heading}
      </Heading>
      <p className="muted coach-report__note">{t.note}</p>
      <div className="coach-report__tables">
        <table className="coach-report__table">
          <caption>{t.figuresCaption}</caption>
          <tbody>
            {yearReviewFigureRows(review, formatDate).map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {review.topTags.length > 0 && (
          <table className="coach-report__table">
            <caption>{t.tagsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col" className="coach-report__number">
                  Entries
                </th>
              </tr>
            </thead>
            <tbody>
              {review.topTags.map((tag) => (
                <tr key={tag.tag}>
                  <th scope="row">#{tag.tag}</th>
                  <td className="coach-report__number">{tag.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {months.length > 0 && (
          <table className="coach-report__table">
            <caption>{t.moodCaption}</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="coach-report__number">
                  Mood
                </th>
                <th scope="col" className="coach-report__number">
                  Rated days
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  <td className="coach-report__number">{ratingText(m.mood)}</td>
                  <td className="coach-report__number">{m.days}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
