import { Link } from 'wouter';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { Period } from '../../../shared/domain/insights/days';
import { useSettings } from '../app/useSettings';
import { PeriodForm } from '../oneonones/PeriodForm';
import { useToday } from '../today/useToday';
import { ActivityHeatmap, ActivitySection } from './ActivitySection';
import { BetterDaysSection } from './BetterDaysSection';
import { FeedbackSection } from './FeedbackSection';
import { MindsetSection } from './MindsetSection';
import { MoodSection } from './MoodSection';
import { ObjectivesSection } from './ObjectivesSection';
import { fmtDay } from './format';
import { PERIOD_CHOICES, resolvePeriod, useInsightsUi } from './period';
import { useActivity, useJournalSpan } from './useActivity';
import { useInsights } from './useInsights';
import './insights.css';

/**
 * Insights: what the journal shows about how a person learns, computed on this machine. Activity
 * comes first from index keys; everything else from the Insights worker as it is ready.
 */
export function InsightsPage() {
  const today = todayIsoDate(useToday());
  const settings = useSettings();
  const span = useJournalSpan();
  const { choice, custom, setChoice, setCustom } = useInsightsUi();
  const period = resolvePeriod(choice, today, span ?? null, custom);
  const weekStart = settings?.weekStart ?? 1;
  const activity = useActivity(period, weekStart);
  const insights = useInsights(
    period,
    today,
    settings?.staleAfterDays ?? 14,
    activity !== undefined,
  );

  return (
    <div className="page page--wide insights">
      <header className="page__header insights__header">
        <div>
          <h1>Insights</h1>
          <p className="lead">
            What your journal shows about how you learn. Worked out on this machine; nothing leaves
            it.
          </p>
        </div>
        <Link href="/insights/review" className="button">
          Year in review
        </Link>
      </header>

      <div className="insights__period">
        <fieldset className="field">
          <legend className="field__label">Period</legend>
          <div className="segmented">
            {PERIOD_CHOICES.map((c) => (
              <label key={c.id} className="segmented__option">
                <input
                  type="radio"
                  name="insights-period"
                  value={c.id}
                  checked={choice === c.id}
                  onChange={() => setChoice(c.id)}
                />
                <span>{c.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p className="muted insights__range" aria-live="polite">
          {fmtDay(period.from)} – {fmtDay(period.to)}
        </p>
      </div>
      {choice === 'custom' && (
        <PeriodForm
          key={`${period.from}-${period.to}`}
          initial={period}
          submitLabel="Show"
          className="insights__custom"
          onChoose={(p: Period) => setCustom(p)}
        />
      )}

      {activity === undefined ? (
        <div className="card insight-section" aria-busy="true" />
      ) : (
        <ActivitySection activity={activity} today={today} />
      )}

      {insights.status === 'error' ? (
        <p className="callout callout--error" role="alert">
          Insights could not be worked out: {insights.message}
        </p>
      ) : insights.status === 'loading' ? (
        <p className="muted insights__working" role="status">
          Working out mood, mindset, objectives and feedback…
        </p>
      ) : (
        <>
          <MoodSection
            mood={insights.result.mood}
            weekStart={weekStart}
            period={insights.result.period}
          />
          <BetterDaysSection result={insights.result} />
          <MindsetSection months={insights.result.mindset} />
          <ObjectivesSection
            objectives={insights.result.objectives}
            period={insights.result.period}
          />
          <FeedbackSection result={insights.result} />
        </>
      )}
      {insights.status !== 'loading' && <ActivityHeatmap period={period} />}
    </div>
  );
}
