import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { addActivity } from '../../../renderer/src/db/repo/activities';
import {
  addCheckIn,
  checkInsOf,
  latestCheckIns,
  removeCheckIn,
} from '../../../renderer/src/db/repo/checkIns';
import { newEntry, saveEntry } from '../../../renderer/src/db/repo/entries';
import {
  evidenceFor,
  linkCandidates,
  linkEntry,
  unlinkEntry,
} from '../../../renderer/src/db/repo/evidence';
import {
  addKeyResult,
  keyResultsOf,
  moveKeyResult,
  updateKeyResult,
  updateKeyResultProgress,
} from '../../../renderer/src/db/repo/keyResults';
import {
  changeObjectiveStatus,
  createObjective,
  EMPTY_SMART,
  liveObjectives,
  restoreObjective,
  trashedObjectives,
  trashObjective,
  updateObjective,
  type ObjectiveFields,
} from '../../../renderer/src/db/repo/objectives';
import { addSelfAssessment, ratingsBySkill } from '../../../renderer/src/db/repo/selfAssessments';
import { ValidationError } from '../../../renderer/src/db/repo/validation';
import { resetDatabase, snapshotDatabase } from '../../support/db';

beforeEach(resetDatabase);

const fields = (overrides: Partial<ObjectiveFields> = {}): ObjectiveFields => ({
  title: 'Lead design reviews',
  why: 'Grow towards staff engineer',
  orgGoal: '',
  smart: { ...EMPTY_SMART, specific: 'Run a review every sprint' },
  targetDate: '2027-03-31',
  tags: ['leadership', ' leadership ', ''],
  ...overrides,
});

async function expectRefused(action: () => Promise<unknown>, field: string): Promise<void> {
  const before = await snapshotDatabase();
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).problems.map((p) => p.field)).toContain(field);
  expect(await snapshotDatabase()).toEqual(before);
}

describe('objectives repository', () => {
  it('creates, edits and walks an objective through its statuses', async () => {
    const objective = await createObjective(fields());
    expect(objective.status).toBe('active');
    expect(objective.tags).toEqual(['leadership']);
    await updateObjective(objective.id, fields({ title: 'Lead design reviews well' }));
    const achieved = await changeObjectiveStatus(objective.id, 'achieve');
    expect(achieved.status).toBe('achieved');
    expect(achieved.achievedAt).not.toBeNull();
    const reopened = await changeObjectiveStatus(objective.id, 'reopen');
    expect(reopened).toMatchObject({
      status: 'active',
      achievedAt: null,
      title: 'Lead design reviews well',
    });
    expect((await changeObjectiveStatus(objective.id, 'pause')).status).toBe('paused');
  });

  it('refuses bad objective input and changes nothing', async () => {
    const objective = await createObjective(fields());
    await expectRefused(() => createObjective(fields({ title: '   ' })), 'title');
    await expectRefused(() => updateObjective(objective.id, fields({ title: '' })), 'title');
    await expectRefused(
      () => updateObjective(objective.id, fields({ targetDate: '2027-02-30' })),
      'targetDate',
    );
    await expectRefused(() => changeObjectiveStatus(objective.id, 'reopen'), 'status');
  });

  it('moves to the trash, unlinks entries but keeps them, and restores', async () => {
    const objective = await createObjective(fields());
    const entry = { ...newEntry('win', '2026-11-20'), title: 'Ran my first review' };
    await saveEntry(entry);
    await linkEntry(entry.id, objective.id);
    expect((await evidenceFor(objective.id)).map((e) => e.id)).toEqual([entry.id]);

    expect(await trashObjective(objective.id)).toBe(1);
    const kept = await db.entries.get(entry.id);
    expect(kept?.title).toBe('Ran my first review');
    expect(kept?.objectiveIds).toEqual([]);
    expect(await liveObjectives()).toEqual([]);
    expect((await trashedObjectives()).map((o) => o.id)).toEqual([objective.id]);

    await restoreObjective(objective.id);
    expect((await liveObjectives()).map((o) => o.id)).toEqual([objective.id]);
  });
});

describe('key results', () => {
  it('adds numeric and done key results in order and moves one by writing it alone', async () => {
    const { id } = await createObjective(fields());
    const a = await addKeyResult(id, { type: 'done', title: 'Template written', done: false });
    const b = await addKeyResult(id, {
      type: 'numeric',
      title: 'Reviews held',
      direction: 'increase',
      start: 0,
      target: 6,
      current: 0,
      unit: 'reviews',
    });
    expect((await keyResultsOf(id)).map((kr) => kr.id)).toEqual([a.id, b.id]);
    await moveKeyResult(b.id, -1);
    expect((await keyResultsOf(id)).map((kr) => kr.id)).toEqual([b.id, a.id]);
    expect((await db.keyResults.get(a.id))?.updatedAt).toBe(a.updatedAt);
    await updateKeyResultProgress(b.id, { current: 2 });
    await updateKeyResultProgress(a.id, { done: true });
    expect((await db.keyResults.get(b.id))?.measure).toMatchObject({ current: 2 });
  });

  it('refuses a target below the start unless it is a "reduce" key result', async () => {
    const { id } = await createObjective(fields());
    const base = {
      type: 'numeric' as const,
      title: 'Bugs reopened',
      start: 12,
      target: 3,
      current: 12,
      unit: '',
    };
    await expectRefused(
      () => addKeyResult(id, { ...base, direction: 'increase' }),
      'measure.target',
    );
    await expectRefused(
      () => addKeyResult(id, { ...base, direction: 'reduce', target: 15 }),
      'measure.target',
    );
    await expectRefused(
      () => addKeyResult(id, { ...base, direction: 'reduce', current: Number.NaN }),
      'measure.current',
    );
    await expectRefused(
      () => addKeyResult(id, { ...base, direction: 'reduce', title: ' ' }),
      'title',
    );
    const reduce = await addKeyResult(id, { ...base, direction: 'reduce' });
    expect(reduce.measure).toMatchObject({ start: 12, target: 3 });
    await expectRefused(
      () => updateKeyResult(reduce.id, { ...base, direction: 'increase' }),
      'measure.target',
    );
    const edited = await updateKeyResult(reduce.id, {
      ...base,
      title: 'Bugs reopened per sprint',
      direction: 'reduce',
      target: 2,
    });
    expect(edited).toMatchObject({ title: 'Bugs reopened per sprint', order: reduce.order });
    expect(edited.measure).toMatchObject({ target: 2 });
    await expectRefused(
      () => updateKeyResultProgress(reduce.id, { current: Infinity }),
      'measure.current',
    );
  });
});

describe('activities, check-ins and self-assessment', () => {
  it('refuses a link that is not http(s)', async () => {
    const { id } = await createObjective(fields());
    const draft = {
      kind: 'book' as const,
      title: 'Staff Engineer',
      link: '',
      status: 'planned' as const,
      notes: '',
    };
    await expectRefused(() => addActivity(id, { ...draft, link: 'javascript:alert(1)' }), 'link');
    await expectRefused(() => addActivity(id, { ...draft, link: 'not a url' }), 'link');
    const ok = await addActivity(id, { ...draft, link: 'https://staffeng.com/book' });
    expect(ok.link).toBe('https://staffeng.com/book');
  });

  it('stores check-ins in date order and refuses out-of-range values', async () => {
    const { id } = await createObjective(fields());
    const draft = { date: '2026-11-10', progress: 20, confidence: 3, blockers: '', note: '' };
    await expectRefused(() => addCheckIn(id, { ...draft, progress: 101 }), 'progress');
    await expectRefused(() => addCheckIn(id, { ...draft, progress: Number.NaN }), 'progress');
    await expectRefused(() => addCheckIn(id, { ...draft, confidence: 6 }), 'confidence');
    await expectRefused(() => addCheckIn(id, { ...draft, date: '10/11/2026' }), 'date');
    await expectRefused(() => addCheckIn(id, { ...draft, date: '' }), 'date');
    await addCheckIn(id, { ...draft, date: '2026-11-20', progress: 40 });
    await addCheckIn(id, draft);
    expect((await checkInsOf(id)).map((c) => c.progress)).toEqual([20, 40]);
    expect((await latestCheckIns([id])).get(id)?.date).toBe('2026-11-20');
    const [, newest] = await checkInsOf(id);
    await removeCheckIn(newest!.id);
    expect((await checkInsOf(id)).map((c) => c.progress)).toEqual([20]);
    expect((await latestCheckIns([id])).get(id)?.date).toBe('2026-11-10');
    expect((await db.checkIns.get(newest!.id))?.deleted).toBe(1);
  });

  it('groups self-assessments by skill in date order', async () => {
    await addSelfAssessment({ skill: 'Facilitation', date: '2026-11-01', rating: 3, note: '' });
    await addSelfAssessment({ skill: 'Facilitation', date: '2026-10-01', rating: 2, note: '' });
    await addSelfAssessment({ skill: 'Writing', date: '2026-11-01', rating: 4, note: '' });
    await expectRefused(
      () => addSelfAssessment({ skill: 'Writing', date: '2026-11-02', rating: 0, note: '' }),
      'rating',
    );
    const bySkill = await ratingsBySkill();
    expect(bySkill.get('Facilitation')?.map((r) => r.rating)).toEqual([2, 3]);
    expect([...bySkill.keys()]).toEqual(['Facilitation', 'Writing']);
  });
});

describe('evidence links', () => {
  it('links from this side, offers unlinked recent entries, and unlinks', async () => {
    const { id } = await createObjective(fields());
    const older = { ...newEntry('reframe', '2026-11-01'), title: 'Not yet good at reviews' };
    const newer = { ...newEntry('aar', '2026-11-15'), body: 'The review ran long' };
    await saveEntry(older);
    await saveEntry(newer);
    expect((await linkCandidates(id, '')).map((e) => e.id)).toEqual([newer.id, older.id]);
    expect((await linkCandidates(id, 'RAN LONG')).map((e) => e.id)).toEqual([newer.id]);
    await linkEntry(older.id, id);
    await linkEntry(newer.id, id);
    await linkEntry(newer.id, id);
    expect((await evidenceFor(id)).map((e) => e.id)).toEqual([newer.id, older.id]);
    expect((await db.entries.get(newer.id))?.objectiveIds).toEqual([id]);
    expect(await linkCandidates(id, '')).toEqual([]);
    await unlinkEntry(older.id, id);
    expect((await evidenceFor(id)).map((e) => e.id)).toEqual([newer.id]);
    await expectRefused(() => linkEntry(older.id, crypto.randomUUID()), 'objectiveId');
  });
});
