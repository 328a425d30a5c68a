import { useState } from 'react';
import { Link } from 'wouter';
import {
  addDays,
  periodLabel,
  shortDate,
  type Period,
} from '../../../shared/domain/oneonones/period';
import { bragList, bragListToMarkdown } from '../../../shared/domain/oneonones/review';
import { todayIsoDate } from '../../../shared/domain/dates';
import { entriesInPeriod } from '../db/repo/oneOnOneQueries';
import { CopyMarkdownButton } from '../oneonones/CopyMarkdown';
import { OneOnOnesTabs } from '../oneonones/OneOnOnesTabs';
import { PeriodForm } from '../oneonones/PeriodForm';
import { formatDate } from '../ui/format';
import { useLiveQueryFor } from '../ui/useLiveQueryFor';
import { formatPeriod } from '../oneonones/formatPeriod';
import '../oneonones/oneonones.css';

/** `/brag-list`: wins and feedback received in a period, with dates and sources, ready to copy. */
export function BragListPage() {
  const today = todayIsoDate();
  const [period, setPeriod] = useState<Period>({ from: addDays(today, -90), to: today });
  // Only the list of the period on screen is shown and copied, never the previous period's.
  const items = useLiveQueryFor(
    async () => bragList(await entriesInPeriod(period), period),
    `${period.from}/${period.to}`,
  ).value;
  const markdown = bragListToMarkdown(items ?? [], periodLabel(period), shortDate);

  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">For your next performance review</p>
        <h1>Brag list</h1>
        <p className="lead">
          Every win and piece of feedback you wrote down, with its date and source.
        </p>
      </header>
      <OneOnOnesTabs />
      <PeriodForm
        initial={period}
        submitLabel="Show"
        className="oo-inline-form card"
        onChoose={setPeriod}
      >
        <CopyMarkdownButton markdown={markdown} disabled={items === undefined} />
      </PeriodForm>
      <section aria-labelledby="brag-heading" style={{ marginTop: 'var(--space-5)' }}>
        <h2 id="brag-heading" className="section-title">
          {formatPeriod(period)}
        </h2>
        {items === undefined ? null : items.length === 0 ? (
          <p className="empty">No wins or feedback in this period yet.</p>
        ) : (
          <ul className="entry-list">
            {items.map((item) => (
              <li key={item.id}>
                <Link href={`/entry/${item.id}`} className="entry-card">
                  <span className="entry-card__meta">
                    <span className="pill">{item.kind === 'win' ? 'Win' : 'Feedback'}</span>
                    <time dateTime={item.date}>{formatDate(item.date)}</time>
                  </span>
                  <span className="entry-card__title">{item.text}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
