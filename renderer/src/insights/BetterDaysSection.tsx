import {
  BETTER_DAYS_MIN_DAYS,
  BETTER_DAYS_NOTE,
  type Factor,
} from '../../../shared/domain/insights/better-days';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import type { EntryKind } from '../../../shared/domain/records';
import type { InsightsResult } from './compute';
import { one, plural } from './format';

const SHOWN = 8;

function factorName(f: Factor, titles: Record<string, string>): string {
  switch (f.type) {
    case 'tag':
      return `#${f.key}`;
    case 'kind':
      return `${ENTRY_KIND_INFO[f.key as EntryKind].label} entries`;
    case 'objective':
      return titles[f.key] ? `Working on “${titles[f.key]}”` : 'An objective';
  }
}

/** Mood and energy on days with and without each tag, kind and objective — with the honest note. */
export function BetterDaysSection({ result }: { result: InsightsResult }) {
  const { betterDays, objectiveTitles } = result;
  const shown = betterDays.factors.slice(0, SHOWN);
  return (
    <section className="card insight-section" aria-labelledby="better-heading">
      <h2 id="better-heading" className="section-title">
        What goes with better days
      </h2>
      <p className="callout insight-note">{BETTER_DAYS_NOTE}</p>
      {shown.length === 0 ? (
        <p className="empty">
          Not enough rated days to compare yet ({plural(betterDays.ratedDays, 'rated day')}). A tag,
          kind or objective needs at least {BETTER_DAYS_MIN_DAYS} rated days with it and{' '}
          {BETTER_DAYS_MIN_DAYS} without.
        </p>
      ) : (
        <ul className="factor-list">
          {shown.map((f) => {
            const up = f.moodDifference >= 0;
            return (
              <li key={`${f.type}:${f.key}`} className="factor">
                <span className="factor__name">{factorName(f, objectiveTitles)}</span>
                <span className={`factor__delta factor__delta--${up ? 'up' : 'down'}`}>
                  {up ? '+' : '−'}
                  {Math.abs(f.moodDifference).toFixed(1)} mood
                </span>
                <span className="factor__detail">
                  Mood {one(f.moodWith)} on {plural(f.withDays, 'day')} with it,{' '}
                  {one(f.moodWithout)} on {plural(f.withoutDays, 'day')} without
                  {f.energyWith !== null && f.energyWithout !== null
                    ? `; energy ${one(f.energyWith)} against ${one(f.energyWithout)}`
                    : ''}
                  .
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {betterDays.tooFewDays > 0 && (
        <p className="muted small">
          {plural(
            betterDays.tooFewDays,
            'other tag, kind or objective',
            'other tags, kinds and objectives',
          )}{' '}
          left out: too few days to say anything.
        </p>
      )}
    </section>
  );
}
