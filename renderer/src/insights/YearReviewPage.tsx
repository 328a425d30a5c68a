import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { todayIsoDate } from '../../../shared/domain/dates';
import { reviewPeriod, type YearReview } from '../../../shared/domain/insights/year-review';
import {
  yearReviewToHtml,
  yearReviewToMarkdown,
  yearReviewTitle,
} from '../../../shared/formats/year-review-render';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import { ENTRY_KINDS } from '../../../shared/domain/records';
import { useUiStore } from '../app/ui-store';
import { onEntriesChanged } from '../db/repo/entries';
import { platform } from '../platform';
import { Count } from './Count';
import { fmtDay, fmtMonth, one } from './format';
import { requestReview } from './insightsClient';
import './insights.css';

type Quarter = 1 | 2 | 3 | 4 | null;

/** A printable page for a year or a quarter, saved as Markdown or a web page like the coach summary. */
export function YearReviewPage() {
  const thisYear = Number(todayIsoDate().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [quarter, setQuarter] = useState<Quarter>(null);
  const [review, setReview] = useState<YearReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const notify = useUiStore((s) => s.notify);
  useEffect(() => onEntriesChanged(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    let current = true;
    const { label, period } = reviewPeriod(year, quarter);
    requestReview({ type: 'review', label, period }).then(
      (r) => current && setReview(r.review),
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
  }, [year, quarter, version]);

  const save = async (kind: 'md' | 'html') => {
    if (!review) return;
    const generatedAt = new Date().toISOString();
    const base = `grove-${review.label.replace(/\s+/g, '-').toLowerCase()}-in-review`;
    try {
      const result = await platform.saveFile(
        kind === 'md'
          ? {
              suggestedName: `${base}.md`,
              content: yearReviewToMarkdown(review, generatedAt),
              filters: [{ name: 'Markdown', extensions: ['md'] }],
            }
          : {
              suggestedName: `${base}.html`,
              content: yearReviewToHtml(review, generatedAt),
              filters: [{ name: 'Web page', extensions: ['html'] }],
            },
      );
      setError(null);
      if (result.saved) notify(`Saved ${result.fileName}.`);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const years = Array.from({ length: 12 }, (_, i) => thisYear - i);
  return (
    <div className="page review-page">
      <header className="page__header no-print">
        <p className="eyebrow">
          <Link href="/insights">Insights</Link>
        </p>
        <h1>{review ? yearReviewTitle(review) : 'Year in review'}</h1>
        <p className="lead">
          A page to print or keep: the period in numbers and in your own words.
        </p>
      </header>
      <div className="review-page__controls no-print">
        <label className="field">
          <span className="field__label">Year</span>
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Covering</span>
          <select
            value={quarter ?? 0}
            onChange={(e) => setQuarter((Number(e.target.value) || null) as Quarter)}
          >
            <option value={0}>The whole year</option>
            <option value={1}>Q1 (January–March)</option>
            <option value={2}>Q2 (April–June)</option>
            <option value={3}>Q3 (July–September)</option>
            <option value={4}>Q4 (October–December)</option>
          </select>
        </label>
        <div className="review-page__actions">
          <button
            type="button"
            className="button"
            disabled={!review}
            onClick={() => void save('md')}
          >
            Save as Markdown
          </button>
          <button
            type="button"
            className="button"
            disabled={!review}
            onClick={() => void save('html')}
          >
            Save as web page
          </button>
          <button type="button" className="button button--ghost" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      {error && (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      )}
      {!review ? <div className="card" aria-busy="true" /> : <ReviewBody review={review} />}
    </div>
  );
}

function ReviewBody({ review }: { review: YearReview }) {
  const rated = review.moodByMonth.filter((m) => m.mood !== null);
  return (
    <article className="card review" aria-label={yearReviewTitle(review)}>
      <p className="muted">
        {fmtDay(review.period.from)} – {fmtDay(review.period.to)}
      </p>
      <dl className="insight-stats">
        <div>
          <dt>Entries</dt>
          <dd>{review.entries}</dd>
        </div>
        <div>
          <dt>Days written</dt>
          <dd>{review.daysWritten}</dd>
        </div>
        <div>
          <dt>Best streak</dt>
          <dd>
            <Count n={review.bestStreak.days} unit="day" />
          </dd>
        </div>
        <div>
          <dt>Objectives achieved</dt>
          <dd>{review.objectivesAchieved.length}</dd>
        </div>
        <div>
          <dt>Lessons applied</dt>
          <dd>{review.lessonsApplied.length}</dd>
        </div>
      </dl>
      {review.entries === 0 ? (
        <p className="empty">Nothing written in this period.</p>
      ) : (
        <>
          <h2 className="section-title">What you wrote</h2>
          <ul className="tag-cloud">
            {ENTRY_KINDS.filter((k) => review.byKind[k]).map((k) => (
              <li key={k} className="pill">
                {ENTRY_KIND_INFO[k].label} <span className="muted">{review.byKind[k]}</span>
              </li>
            ))}
          </ul>
          {review.topTags.length > 0 && (
            <>
              <h2 className="section-title">Top tags</h2>
              <ul className="tag-cloud">
                {review.topTags.map((t) => (
                  <li key={t.tag} className="pill">
                    #{t.tag} <span className="muted">{t.count}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {rated.length > 0 && (
            <>
              <h2 className="section-title">Mood by month</h2>
              <table className="bar-table">
                <caption className="visually-hidden">Mean mood by month</caption>
                <tbody>
                  {review.moodByMonth.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{fmtMonth(m.month)}</th>
                      <td>
                        {m.mood !== null && (
                          <span
                            className="bar bar--1"
                            style={{ width: `${((m.mood - 1) / 4) * 100}%` }}
                          />
                        )}
                      </td>
                      <td className="bar-table__value">{one(m.mood)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <ReviewList
            title="Objectives achieved"
            items={review.objectivesAchieved.map((o) => [o.date, o.title])}
          />
          <ReviewList title="Wins" items={review.wins.map((w) => [w.date, w.title])} />
          <ReviewList
            title="Lessons applied"
            items={review.lessonsApplied.map((l) => [l.date, l.text])}
          />
        </>
      )}
    </article>
  );
}

function ReviewList({ title, items }: { title: string; items: [string, string][] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h2 className="section-title">{title}</h2>
      <ul className="review__list">
        {items.map(([date, text], i) => (
          <li key={i}>
            <span className="muted">{fmtDay(date)}</span> {text}
          </li>
        ))}
      </ul>
    </>
  );
}
