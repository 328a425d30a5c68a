import { beforeEach, describe, expect, it } from 'vitest';
import {
  activitiesOf,
  addActivity,
  updateActivity,
} from '../../../renderer/src/db/repo/activities';
import { createObjective, EMPTY_SMART } from '../../../renderer/src/db/repo/objectives';
import {
  addSelfAssessment,
  ratingsBySkill,
  removeSelfAssessment,
} from '../../../renderer/src/db/repo/selfAssessments';
import { createSeries, getSeries, updateSeries } from '../../../renderer/src/db/repo/series';
import { ValidationError } from '../../../renderer/src/db/repo/validation';
import { resetDatabase, snapshotDatabase } from '../../support/db';

/** The small edits the screens offer: an activity edited in place, a series renamed, a rating removed. */
beforeEach(resetDatabase);

describe('editing an activity in place', () => {
  it('changes its fields and keeps its place; bad input changes nothing', async () => {
    const o = await createObjective({
      title: 'Speak',
      why: '',
      orgGoal: '',
      smart: EMPTY_SMART,
      targetDate: null,
      tags: [],
    });
    const draft = {
      kind: 'book' as const,
      title: 'Talk like TED',
      link: '',
      status: 'planned' as const,
      notes: '',
    };
    const a = await addActivity(o.id, draft);
    await updateActivity(a.id, { ...draft, title: 'Resonate', link: 'https://example.org' });
    expect(await activitiesOf(o.id)).toMatchObject([
      { id: a.id, title: 'Resonate', link: 'https://example.org', createdAt: a.createdAt },
    ]);
    const before = await snapshotDatabase();
    await expect(updateActivity(a.id, { ...draft, link: 'javascript:alert(1)' })).rejects.toThrow(
      ValidationError,
    );
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe('renaming a series', () => {
  it('changes name, person and cadence; an empty name is refused', async () => {
    const s = await createSeries({ name: 'Weekly', person: 'Sam', cadenceDays: 7 });
    await updateSeries(s.id, { name: '  Fortnightly with Sam ', person: 'Sam', cadenceDays: 14 });
    expect(await getSeries(s.id)).toMatchObject({ name: 'Fortnightly with Sam', cadenceDays: 14 });
    const before = await snapshotDatabase();
    await expect(updateSeries(s.id, { name: '  ' })).rejects.toThrow(ValidationError);
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe('removing a self-assessment', () => {
  it('moves one rating to the trash and keeps the others', async () => {
    const first = await addSelfAssessment({
      skill: 'Public speaking',
      date: '2026-11-01',
      rating: 2,
      note: '',
    });
    await addSelfAssessment({ skill: 'Public speaking', date: '2026-11-15', rating: 3, note: '' });
    await removeSelfAssessment(first.id);
    const ratings = (await ratingsBySkill()).get('Public speaking')!;
    expect(ratings.map((r) => r.rating)).toEqual([3]);
  });
});
