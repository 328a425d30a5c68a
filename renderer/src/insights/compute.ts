import { betterDays, type BetterDays } from '../../../shared/domain/insights/better-days';
import type { Period } from '../../../shared/domain/insights/days';
import { feedbackLedger, type FeedbackItem } from '../../../shared/domain/insights/feedback';
import { mindsetByMonth, type MindsetMonth } from '../../../shared/domain/insights/mindset';
import {
  byWeekday,
  dailyMoodEnergy,
  movingAverage,
  overallAverage,
  type DayPoint,
  type WeekdayAverage,
} from '../../../shared/domain/insights/mood';
import {
  objectiveTimelines,
  type ObjectiveTimeline,
} from '../../../shared/domain/insights/objectives';
import { yearReview, type YearReview } from '../../../shared/domain/insights/year-review';
import {
  insightCheckIns,
  insightEntries,
  insightObjectives,
  lessonsApplied,
} from '../db/repo/insights';

export interface InsightsRequest {
  type: 'insights';
  period: Period;
  today: string;
  staleAfterDays: number;
}

export interface ReviewRequest {
  type: 'review';
  label: string;
  period: Period;
}

export interface InsightsResult {
  type: 'insights';
  period: Period;
  mood: {
    points: DayPoint[];
    mood7: { date: string; value: number }[];
    mood30: { date: string; value: number }[];
    energy7: { date: string; value: number }[];
    energy30: { date: string; value: number }[];
    weekday: WeekdayAverage[];
    moodAverage: number | null;
    energyAverage: number | null;
  };
  betterDays: BetterDays;
  /** Titles of the objectives named in the results, by id. */
  objectiveTitles: Record<string, string>;
  mindset: MindsetMonth[];
  objectives: ObjectiveTimeline[];
  feedback: FeedbackItem[];
  /** Titles of the entries that followed feedback up, by id. */
  followUpTitles: Record<string, string>;
}

export interface ReviewResult {
  type: 'review';
  review: YearReview;
}

/**
 * Everything on the Insights screen but the activity figures (which come from index keys on the
 * main thread, so the first chart never waits for this). Runs in the Insights worker.
 */
export async function computeInsights(request: InsightsRequest): Promise<InsightsResult> {
  const { period } = request;
  const [entries, objectives, checkIns] = await Promise.all([
    insightEntries(period),
    insightObjectives(),
    insightCheckIns(period.to),
  ]);
  const points = dailyMoodEnergy(entries, period);
  const moodPoints = points.map((p) => ({ date: p.date, value: p.mood }));
  const energyPoints = points.map((p) => ({ date: p.date, value: p.energy }));
  const objectiveTitles: Record<string, string> = {};
  for (const o of objectives) objectiveTitles[o.id] = o.title;
  const feedback = feedbackLedger(entries, period);
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  const followUpTitles: Record<string, string> = {};
  for (const f of feedback)
    if (f.followUpId) followUpTitles[f.followUpId] = titles.get(f.followUpId) ?? '';
  return {
    type: 'insights',
    period,
    mood: {
      points,
      mood7: movingAverage(moodPoints, 7),
      mood30: movingAverage(moodPoints, 30),
      energy7: movingAverage(energyPoints, 7),
      energy30: movingAverage(energyPoints, 30),
      weekday: byWeekday(points),
      moodAverage: overallAverage(points, 'mood'),
      energyAverage: overallAverage(points, 'energy'),
    },
    betterDays: betterDays(entries, period),
    objectiveTitles,
    mindset: mindsetByMonth(entries, period),
    objectives: objectiveTimelines(
      objectives,
      checkIns,
      period,
      request.today,
      request.staleAfterDays,
    ),
    feedback,
    followUpTitles,
  };
}

export async function computeReview(request: ReviewRequest): Promise<ReviewResult> {
  const [entries, objectives, lessons] = await Promise.all([
    insightEntries(request.period),
    insightObjectives(),
    lessonsApplied(request.period),
  ]);
  return {
    type: 'review',
    review: yearReview({
      label: request.label,
      period: request.period,
      entries,
      objectives,
      lessonsApplied: lessons,
    }),
  };
}
