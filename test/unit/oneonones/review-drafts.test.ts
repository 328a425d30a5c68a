import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { trashEntry } from '../../../renderer/src/db/repo/entries';
import {
  findReview,
  saveReview,
  saveReviewAnswers,
  type ReviewKey,
} from '../../../renderer/src/db/repo/reviews';
import { ValidationError } from '../../../renderer/src/db/repo/validation';
import {
  reviewEntryId,
  reviewTitle,
  reviewUpdates,
} from '../../../shared/domain/oneonones/review-form';
import { resetDatabase, snapshotDatabase } from '../../support/db';
import { entry, objective } from './builders';

beforeEach(resetDatabase);

const week: ReviewKey = { cadence: 'weekly', period: { from: '2026-11-16', to: '2026-11-22' } };
// A month ending on the same day as the week: the key, not the day, tells them apart.
const month: ReviewKey = { cadence: 'monthly', period: { from: '2026-11-01', to: '2026-11-30' } };
const weekEndingOnMonthEnd: ReviewKey = {
  cadence: 'weekly',
  period: { from: '2026-11-24', to: '2026-11-30' },
};

describe('review answers autosave like entries', () => {
  it('the first answer creates the review; coming back finds it with the answer', async () => {
    expect(await saveReviewAnswers(week, { moved: '' })).toBeNull();
    expect(await db.entries.count()).toBe(0);
    await saveReviewAnswers(week, { moved: 'The outline' });
    const found = await findReview(week);
    expect(found.entry).toMatchObject({ kind: 'review', date: '2026-11-22' });
    expect(found.entry!.answers).toMatchObject({ moved: 'The outline' });
  });

  it('writes only the answers typed in this form: one typed elsewhere meanwhile is kept', async () => {
    await saveReviewAnswers(week, { moved: 'A', next: 'B' });
    // Another tab changes "next"; this form only touched "moved".
    await saveReviewAnswers(week, { next: 'B, from the other tab' });
    await saveReviewAnswers(week, { moved: 'A, more' });
    expect((await findReview(week)).entry!.answers).toEqual({
      moved: 'A, more',
      next: 'B, from the other tab',
    });
  });

  it('Save counts the answers already autosaved', async () => {
    await saveReviewAnswers(week, { moved: 'A' });
    await expect(saveReview({ ...week, answers: {}, updates: [] })).resolves.toMatchObject({
      answers: { moved: 'A' },
    });
  });

  it('a trashed review is not written over: the person restores it first', async () => {
    await saveReviewAnswers(week, { moved: 'Kept in the trash' });
    await trashEntry((await findReview(week)).entry!.id);
    expect(await findReview(week)).toEqual({ entry: null, trashed: true });
    const before = await snapshotDatabase();
    await expect(saveReviewAnswers(week, { moved: 'New' })).rejects.toThrow(/trash/);
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe('a review is found by its stable key, not its title', () => {
  it('renaming the review entry does not make a second one', async () => {
    await saveReviewAnswers(week, { moved: 'A' });
    const id = (await findReview(week)).entry!.id;
    await db.entries.update(id, { title: 'My renamed review' });
    await saveReviewAnswers(week, { stalled: 'B' });
    expect(await db.entries.count()).toBe(1);
    expect((await findReview(week)).entry!.answers).toEqual({ moved: 'A', stalled: 'B' });
  });

  it('a weekly and a monthly review ending the same day stay two reviews', async () => {
    await saveReviewAnswers(month, { moved: 'Month' });
    await saveReviewAnswers(weekEndingOnMonthEnd, { moved: 'Week' });
    expect(await db.entries.count()).toBe(2);
    expect((await findReview(month)).entry!.answers['moved']).toBe('Month');
    expect((await findReview(weekEndingOnMonthEnd)).entry!.answers['moved']).toBe('Week');
  });

  it('the key gives the same UUID every time, and different ones for different periods', async () => {
    const a = await reviewEntryId('weekly', week.period);
    expect(a).toBe(await reviewEntryId('weekly', week.period));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(await reviewEntryId('monthly', week.period));
  });

  it('a review saved before stable keys is continued, not duplicated', async () => {
    const legacy = entry('review', '2026-11-22', {
      title: reviewTitle('weekly', week.period),
      answers: { moved: 'Old' },
    });
    await db.entries.put(legacy);
    await saveReviewAnswers(week, { next: 'New' });
    expect(await db.entries.count()).toBe(1);
    expect((await db.entries.get(legacy.id))!.answers).toEqual({ moved: 'Old', next: 'New' });
  });
});

describe('reviews change objective status only through the status rules', () => {
  it('refuses a step the rules do not allow, and writes nothing', async () => {
    const o = objective('Talk', { status: 'draft' });
    await db.objectives.put(o);
    const before = await snapshotDatabase();
    await expect(
      saveReview({
        ...week,
        answers: { moved: 'x' },
        updates: [{ objectiveId: o.id, checkIn: null, status: 'achieved' }],
      }),
    ).rejects.toThrow(ValidationError);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('sets achievedAt on achieving, and drops it when the objective leaves achieved', async () => {
    const o = objective('Talk', { status: 'active' });
    await db.objectives.put(o);
    const achieve = { objectiveId: o.id, checkIn: null, status: 'achieved' as const };
    await saveReview({ ...week, answers: { moved: 'x' }, updates: [achieve] });
    expect((await db.objectives.get(o.id))!.achievedAt).not.toBeNull();
    const reopen = { objectiveId: o.id, checkIn: null, status: 'active' as const };
    await saveReview({ ...month, answers: { moved: 'y' }, updates: [reopen] });
    expect(await db.objectives.get(o.id)).toMatchObject({ status: 'active', achievedAt: null });
  });
});

describe('reviewUpdates (what was typed → updates)', () => {
  const objectives = [
    { id: 'a', title: 'Talk', status: 'active' as const },
    { id: 'b', title: 'Write', status: 'active' as const },
  ];

  it('leaves untouched objectives alone and names the one with a bad figure', () => {
    expect(reviewUpdates(objectives, { a: { progress: '40', confidence: '4' } }, 'n')).toEqual({
      updates: [
        {
          objectiveId: 'a',
          checkIn: { progress: 40, confidence: 4, note: 'n' },
          status: null,
        },
      ],
    });
    expect(reviewUpdates(objectives, { b: { progress: '140' } }, 'n')).toEqual({
      problem: 'Progress for “Write” must be a number from 0 to 100.',
    });
    expect(reviewUpdates(objectives, { a: { status: 'active' } }, 'n')).toEqual({ updates: [] });
  });
});
