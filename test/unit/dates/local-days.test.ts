import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { buildCoachSummary } from '../../../renderer/src/db/repo/coachExport';
import { localDateOf } from '../../../shared/domain/dates';
import { assembleDigest } from '../../../shared/domain/oneonones/digest';
import { rollUpReview } from '../../../shared/domain/oneonones/review';
import { isStale } from '../../../shared/domain/stale';
import { ENTRY_KINDS, type ActionItem } from '../../../shared/domain/records';
import { resetDatabase } from '../../support/db';
import { objective, uid } from '../oneonones/builders';

/**
 * Calendar-day comparisons happen in local days. These tests build instants from local wall-clock
 * times at the edges of a period (00:30 on its first day, 23:30 on its last, and just outside), so
 * in any zone away from UTC the UTC date of the instant differs from its local day. The unit suite
 * runs this file under TZ=Pacific/Auckland and TZ=America/Los_Angeles as well (vitest.config.mts).
 */
const period = { from: '2026-11-01', to: '2026-11-30' };
/** An instant at a local wall-clock time. */
const at = (y: number, m: number, d: number, h: number, min = 30) =>
  new Date(y, m - 1, d, h, min).toISOString();
const inside = [at(2026, 11, 1, 0), at(2026, 11, 30, 23)];
const outside = [at(2026, 10, 31, 23), at(2026, 12, 1, 0)];

beforeEach(resetDatabase);

describe('the zone this file runs in', () => {
  it('is the one the project asked for (so the zone runs test what they claim)', () => {
    const wanted = process.env['GROVE_TEST_TZ'];
    if (wanted) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(wanted);
  });
});

describe('local calendar days', () => {
  it('localDateOf gives the local day of an instant at either edge of a day', () => {
    expect(inside.map(localDateOf)).toEqual(['2026-11-01', '2026-11-30']);
    expect(outside.map(localDateOf)).toEqual(['2026-10-31', '2026-12-01']);
  });

  it('the coach summary counts objectives achieved and items finished on local days', async () => {
    const achieved = (instants: string[]) =>
      instants.map((achievedAt) => objective('Talk', { status: 'achieved', achievedAt }));
    const summary = () =>
      buildCoachSummary({
        ...period,
        entryKinds: [...ENTRY_KINDS],
        objectiveIds: [],
        includeActionItems: true,
      });
    // Counted one side at a time: a count over both could be right for the wrong records.
    await db.objectives.bulkPut(achieved(inside));
    expect((await summary()).stats.objectivesAchieved).toBe(2);
    await db.objectives.bulkPut(achieved(outside));
    expect((await summary()).stats.objectivesAchieved).toBe(2);
    const items: ActionItem[] = [...inside, ...outside].map((completedAt, i) => ({
      id: uid(),
      createdAt: completedAt,
      updatedAt: completedAt,
      deleted: 0,
      deletedAt: null,
      text: `Item ${i}`,
      owner: 'me',
      dueDate: null,
      status: 'done',
      objectiveId: null,
      seriesId: null,
      meetingId: null,
      completedAt,
    }));
    await db.actionItems.bulkPut(items);
    expect((await summary()).actionItems.map((a) => a.text)).toEqual(['Item 0', 'Item 1']);
  });

  it('the review counts action items finished on the local days of the period', () => {
    const done = [...inside, ...outside].map(
      (completedAt, i) =>
        ({ id: uid(), deleted: 0, text: `Item ${i}`, status: 'done', completedAt }) as ActionItem,
    );
    const rollUp = rollUpReview({
      period,
      entries: [],
      checkIns: [],
      checkInsBefore: new Map(),
      objectives: [],
      actionItems: done,
      localDateOf,
    });
    expect(rollUp.actionItemsDone.map((a) => a.text)).toEqual(['Item 0', 'Item 1']);
  });

  it('an objective created late in the evening is idle from that local day', () => {
    // Created at 23:30 local on 1 November, never checked in: 14 idle days end on the 15th.
    const o = objective('Talk', { createdAt: at(2026, 11, 1, 23) });
    expect(isStale(o, null, '2026-11-15', 14)).toBe(true);
    expect(isStale(o, null, '2026-11-14', 14)).toBe(false);
    const digest = assembleDigest({
      period: { from: '2026-11-10', to: '2026-11-15' },
      entries: [],
      checkIns: [],
      checkInsBefore: new Map(),
      latestCheckIns: new Map(),
      objectives: [o],
      actionItems: [],
      staleAfterDays: 14,
      today: '2026-11-15',
    });
    expect(digest.sections.attention.map((p) => p.date)).toEqual(['2026-11-01']);
  });
});
