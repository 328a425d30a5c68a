import { beforeEach, describe, expect, it } from 'vitest';
import { newEntry, saveEntry } from '../../../renderer/src/db/repo/entries';
import { answerLesson } from '../../../renderer/src/db/repo/lessons';
import { computeInsights, computeReview } from '../../../renderer/src/insights/compute';
import type { Entry, EntryKind } from '../../../shared/domain/records';
import { resetDatabase } from '../../support/db';

beforeEach(resetDatabase);

async function write(kind: EntryKind, date: string, fields: Partial<Entry> = {}): Promise<Entry> {
  const outcome = await saveEntry({ ...newEntry(kind, date), title: `${kind} ${date}`, ...fields });
  if (!outcome.saved) throw new Error('not saved');
  return outcome.entry;
}

describe('the Insights worker’s computation, through the repository', () => {
  it('rolls up a small journal into the figures the screen shows', async () => {
    await write('daily', '2026-03-01', { mood: 4, body: "I can't sleep." });
    await write('daily', '2026-03-02', { mood: 2 });
    await write('feedback', '2026-03-02', { tags: ['x'] });
    await write('experiment', '2026-03-04', { tags: ['x'], answers: { lesson: 'Try it' } });
    await write('daily', '2027-01-01', { mood: 5 }); // outside the period
    const result = await computeInsights({
      type: 'insights',
      period: { from: '2026-03-01', to: '2026-03-31' },
      today: '2026-03-31',
      staleAfterDays: 14,
    });
    expect(result.mood.points.map((p) => p.mood)).toEqual([4, 2]);
    expect(result.mood.moodAverage).toBe(3);
    expect(result.mood.mood7.at(-1)!.value).toBe(3);
    expect(result.mindset).toEqual([{ month: '2026-03', fixed: 1, yet: 0, reframes: 0 }]);
    expect(result.feedback).toMatchObject([{ actedOn: true, how: 'experiment', daysToAct: 2 }]);
    expect(Object.values(result.followUpTitles)).toEqual(['experiment 2026-03-04']);
    expect(result.betterDays.factors).toEqual([]);
  });

  it('builds the year in review with the lessons applied', async () => {
    const e = await write('aar', '2026-02-01', { answers: { differently: 'Ask sooner' } });
    await write('win', '2026-02-03', { title: 'Landed it' });
    await answerLesson(e.id, 'applied', '2026-02-02');
    const { review } = await computeReview({
      type: 'review',
      label: '2026',
      period: { from: '2026-01-01', to: '2026-12-31' },
    });
    expect(review).toMatchObject({
      entries: 2,
      daysWritten: 2,
      wins: [{ date: '2026-02-03', title: 'Landed it' }],
      lessonsApplied: [{ date: '2026-02-02', text: 'Ask sooner' }],
    });
  });
});
