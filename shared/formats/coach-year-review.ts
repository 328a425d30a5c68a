import { z } from 'zod';
import type { YearReview } from '../domain/insights/year-review';
import { ENTRY_KINDS, isoDateSchema } from '../domain/records';

/**
 * The year-in-review figures a person may add to a coach summary (format version 2): the numbers
 * of the Year in review page for the summary's own period, and never its words. Wins, lessons and
 * achieved objectives leave as counts (their titles and text may come from private entries or from
 * objectives not chosen for the summary); top tags are counted over the shared entries only, whose
 * tags the summary already carries. Counts and mood averages include private entries, as the
 * summary's stats already do.
 */
export const YEAR_REVIEW_SHARING_NOTE =
  'Figures only: entries and days written, the best streak, mood by month, objectives achieved, and the number of wins and lessons applied, over all entries of the chosen kinds, private ones included. Top tags come from shared entries only. No titles or text.';

const count = z.int().min(0);

export const coachYearReviewSchema = z
  .strictObject({
    entries: count.describe('Entries of the chosen kinds in the period, private ones included.'),
    daysWritten: count,
    byKind: z.partialRecord(z.enum(ENTRY_KINDS), count),
    bestStreak: z
      .strictObject({
        days: count,
        from: isoDateSchema.nullable(),
        to: isoDateSchema.nullable(),
      })
      .describe('The longest run of consecutive days written inside the period.'),
    topTags: z
      .array(z.strictObject({ tag: z.string(), count: z.int().min(1) }))
      .max(8)
      .describe('The most used tags of the shared entries in the period, most used first.'),
    moodByMonth: z
      .array(
        z.strictObject({
          month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month (YYYY-MM)'),
          mood: z
            .number()
            .min(1)
            .max(5)
            .nullable()
            .describe('Mean of the daily mean moods, one decimal; null when no day was rated.'),
          days: count.describe('Days with a mood rating.'),
        }),
      )
      .describe('Every month the period touches, oldest first.'),
    objectivesAchieved: count,
    wins: count.describe('Win entries in the period.'),
    lessonsApplied: count.describe(
      'Lessons (from after-action reviews and experiments) answered "applied it" in the period.',
    ),
  })
  .describe('The year-in-review figures for the period, when the person chose to include them.');
export type CoachYearReview = z.infer<typeof coachYearReviewSchema>;

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * The summary's section from the Year in review roll-up: the figures are the roll-up's, only
 * reduced to counts where the roll-up lists titles or text.
 */
export function coachYearReviewFrom(review: YearReview): CoachYearReview {
  return {
    entries: review.entries,
    daysWritten: review.daysWritten,
    byKind: { ...review.byKind },
    bestStreak: { ...review.bestStreak },
    topTags: review.topTags.map((t) => ({ ...t })),
    moodByMonth: review.moodByMonth.map((m) => ({ ...m, mood: oneDecimal(m.mood) })),
    objectivesAchieved: review.objectivesAchieved.length,
    wins: review.wins.length,
    lessonsApplied: review.lessonsApplied.length,
  };
}
