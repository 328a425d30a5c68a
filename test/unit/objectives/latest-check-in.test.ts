import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { latestCheckIns } from '../../../renderer/src/db/repo/checkIns';
import { latestCheckIn } from '../../../shared/domain/progress';
import { resetDatabase } from '../../support/db';
import { checkIn, objective } from '../oneonones/builders';

/**
 * One "latest check-in" rule: the newest date, and on a tie the one written last. The repository's
 * indexed lookup must agree with the pure rule in shared/domain/progress.ts, whatever the ids.
 */
beforeEach(resetDatabase);

const idWith = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('latest check-in, one rule everywhere', () => {
  it('on a tie of dates, the one written last wins even when its id sorts first', async () => {
    const o = objective('Talk');
    await db.objectives.put(o);
    const first = checkIn(o.id, '2026-11-10', 20, {
      id: idWith(999),
      createdAt: '2026-11-10T08:00:00.000Z',
    });
    const later = checkIn(o.id, '2026-11-10', 70, {
      id: idWith(1),
      createdAt: '2026-11-10T18:00:00.000Z',
    });
    await db.checkIns.bulkPut([first, later]);
    expect((await latestCheckIns([o.id])).get(o.id)!.progress).toBe(70);
    expect(latestCheckIn([first, later])!.progress).toBe(70);
  });

  it('still finds the last written among more than eight check-ins of one day', async () => {
    const o = objective('Talk');
    await db.objectives.put(o);
    const rows = Array.from({ length: 12 }, (_, i) =>
      checkIn(o.id, '2026-11-10', i, {
        id: idWith(100 - i),
        createdAt: `2026-11-10T${String(i + 8).padStart(2, '0')}:00:00.000Z`,
      }),
    );
    await db.checkIns.bulkPut(rows);
    expect((await latestCheckIns([o.id])).get(o.id)!.progress).toBe(11);
  });

  it('agrees with the pure rule for any set of check-ins, with and without a day bound', async () => {
    const o = objective('Talk');
    await db.objectives.put(o);
    const row = fc.record({
      id: fc.integer({ min: 1, max: 10_000 }),
      day: fc.integer({ min: 1, max: 4 }),
      hour: fc.integer({ min: 10, max: 23 }),
      deleted: fc.constantFrom<0 | 1>(0, 0, 1),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 10 }),
        fc.integer({ min: 1, max: 5 }),
        async (rows, bound) => {
          await db.checkIns.clear();
          const stored = rows.map((r, i) =>
            checkIn(o.id, `2026-11-0${r.day}`, i, {
              id: idWith(r.id),
              createdAt: `2026-11-0${r.day}T${r.hour}:00:00.${String(i).padStart(3, '0')}Z`,
              deleted: r.deleted,
            }),
          );
          await db.checkIns.bulkPut(stored);
          const before = `2026-11-0${bound}`;
          expect((await latestCheckIns([o.id])).get(o.id)?.id).toBe(latestCheckIn(stored)?.id);
          expect((await latestCheckIns([o.id], before)).get(o.id)?.id).toBe(
            latestCheckIn(stored.filter((c) => c.date < before))?.id,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
