import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChaosTransport, rngFrom } from './chaos-transport';
import { FakeTime, Profile, SLOT_IDS, randomKey } from './profiles';

/**
 * The core, end to end in Node: two and three computers, each with its own database on
 * fake-indexeddb and its own copy of the sync folder, kept in step by a hostile transport.
 */

type Op =
  | { kind: 'write'; p: number; slot: number; text: string; settle: boolean }
  | { kind: 'trash'; p: number; slot: number }
  | { kind: 'purge'; p: number; slot: number; settle: boolean }
  | { kind: 'setting'; p: number; text: string }
  | { kind: 'sync'; p: number }
  | { kind: 'chaos'; steps: number }
  | { kind: 'wait'; ms: number };

const opArb = (profiles: number): fc.Arbitrary<Op> => {
  const p = fc.integer({ min: 0, max: profiles - 1 });
  const slot = fc.integer({ min: 0, max: SLOT_IDS.length - 1 });
  const text = fc.string({ maxLength: 12 });
  const settle = fc.boolean();
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant('write' as const), p, slot, text, settle }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('trash' as const), p, slot }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('purge' as const), p, slot, settle }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('setting' as const), p, text }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), p }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('chaos' as const),
        steps: fc.integer({ min: 1, max: 12 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('wait' as const),
        ms: fc.integer({ min: 0, max: 5000 }),
      }),
    },
  );
};

/** Small segments and early compaction, so sealing and snapshots happen in every run. */
const ENGINE = { segmentMaxChanges: 2, compactAfter: 1, compactRatio: 0, batchSize: 3 };

async function world(count: number, skews: number[] = []) {
  const transport = await ChaosTransport.create(count);
  const time = new FakeTime();
  const key = randomKey();
  const profiles = Array.from(
    { length: count },
    (_, i) => new Profile(i, transport.folderFor(i), time, skews[i] ?? 0),
  );
  // The first computer creates the folder; the others join once its key file has arrived.
  expect((await profiles[0]!.setUp(key, ENGINE)).ok).toBe(true);
  await transport.settle();
  for (const p of profiles.slice(1)) expect((await p.setUp(key, ENGINE)).ok).toBe(true);
  const dispose = async () => {
    for (const p of profiles) await p.dispose();
    await transport.dispose();
  };
  return { transport, time, key, profiles, dispose };
}

async function run(
  profiles: Profile[],
  transport: ChaosTransport,
  time: FakeTime,
  ops: Op[],
  seed: number,
) {
  const rng = rngFrom(seed);
  for (const op of ops) {
    time.advance(1);
    switch (op.kind) {
      case 'write':
        await profiles[op.p]!.writeEntry(
          SLOT_IDS[op.slot]!,
          { body: op.text, title: `t${op.p}` },
          op.settle,
        );
        break;
      case 'trash':
        if (await profiles[op.p]!.db.entries.get(SLOT_IDS[op.slot]!)) {
          await profiles[op.p]!.writeEntry(SLOT_IDS[op.slot]!, {
            deleted: 1,
            deletedAt: new Date(time.ms).toISOString(),
          });
        }
        break;
      case 'purge':
        await profiles[op.p]!.purgeEntry(SLOT_IDS[op.slot]!, op.settle);
        break;
      case 'setting':
        await profiles[op.p]!.setName(op.text);
        break;
      case 'sync':
        await profiles[op.p]!.sync();
        break;
      case 'chaos':
        await transport.steps(rng, op.steps);
        break;
      case 'wait':
        time.advance(op.ms);
        break;
    }
  }
}

/** Every file arrives, and every computer syncs until nothing is left to carry. */
async function converge(profiles: Profile[], transport: ChaosTransport) {
  for (let round = 0; round < 4; round++) {
    for (const p of profiles) await p.sync();
    await transport.settle();
  }
  for (const p of profiles) await p.sync();
}

async function expectIdentical(profiles: Profile[]) {
  const first = await profiles[0]!.data();
  for (const p of profiles.slice(1)) expect(await p.data()).toEqual(first);
  return first;
}

let runsWithSnapshots = 0;

describe.each([2, 3])('%i computers through a chaos transport', (count) => {
  it('hold identical data once every file has arrived, and applying it all again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb(count), { minLength: 5, maxLength: 40 }),
        fc.integer(),
        async (ops, seed) => {
          const w = await world(count);
          try {
            await run(w.profiles, w.transport, w.time, ops, seed);
            await converge(w.profiles, w.transport);
            for (const p of w.profiles) {
              if ((await p.folder.list()).some((f) => f.includes('/snap-'))) runsWithSnapshots++;
            }
            const data = await expectIdentical(w.profiles);
            for (const p of w.profiles) {
              for (const report of p.reports.slice(-1)) {
                expect(report.problems).toEqual([]);
                expect(report.waiting).toBe(0);
              }
            }
            // Idempotent: forget what was read and apply every file again.
            for (const p of w.profiles) {
              const stamps = await p.db.syncStamps.toArray();
              await p.db.syncSegments.clear();
              const again = await p.sync();
              expect(again.applied).toBe(0);
              expect(await p.data()).toEqual(data);
              expect(await p.db.syncStamps.toArray()).toEqual(stamps);
            }
          } finally {
            await w.dispose();
          }
        },
      ),
      { numRuns: count === 2 ? 25 : 15 },
    );
    // The generated runs do reach compaction (snapshots, removed segments) under chaos.
    expect(runsWithSnapshots).toBeGreaterThan(0);
  }, 180_000);
});
