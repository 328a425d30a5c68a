import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { z } from 'zod';
import {
  actionItemSchema,
  activitySchema,
  checkInSchema,
  entrySchema,
  entryVersionSchema,
  keyResultSchema,
  meetingSchema,
  objectiveSchema,
  selfAssessmentSchema,
  seriesSchema,
  settingRowSchema,
  templateSchema,
  tombstoneSchema,
} from '../../../shared/domain/records';
import { lessonStateSchema } from '../../../shared/domain/insights/lesson-record';
import { exportedSummarySchema } from '../../../shared/domain/coach-feedback';
import {
  syncSegmentRowSchema,
  syncStampRowSchema,
  syncStateRowSchema,
} from '../../../shared/sync/local-records';
import { GroveDatabase } from '../../../renderer/src/db/db';
import { privacyRowSchema } from '../../../renderer/src/db/crypto/privacyRows';
import {
  declareSchema,
  LATEST_SCHEMA_VERSION,
  SCHEMA_HISTORY,
} from '../../../renderer/src/db/schema';

/**
 * The migration harness: for every released schema version there is a fixture in
 * test/fixtures/db/v<N>.json. Each is written into a database declared only up to that version,
 * then opened with the current schema, which must upgrade it and hold data the current record
 * schemas accept.
 */
const FIXTURES = path.join(__dirname, '../../fixtures/db');

const CURRENT_SCHEMAS: Record<string, z.ZodType> = {
  entries: entrySchema,
  objectives: objectiveSchema,
  keyResults: keyResultSchema,
  activities: activitySchema,
  checkIns: checkInSchema,
  actionItems: actionItemSchema,
  selfAssessments: selfAssessmentSchema,
  series: seriesSchema,
  meetings: meetingSchema,
  templates: templateSchema,
  settings: settingRowSchema,
  entryHistory: entryVersionSchema,
  tombstones: tombstoneSchema,
  lessons: lessonStateSchema,
  coachExports: exportedSummarySchema,
  privacy: privacyRowSchema,
  // Sync through a folder
  syncStamps: syncStampRowSchema,
  syncSegments: syncSegmentRowSchema,
  syncState: syncStateRowSchema,
};

interface Fixture {
  version: number;
  tables: Record<string, unknown[]>;
}

const loadFixture = (version: number): Fixture =>
  JSON.parse(readFileSync(path.join(FIXTURES, `v${version}.json`), 'utf8')) as Fixture;

const opened: GroveDatabase[] = [];
afterEach(async () => {
  const names = new Set(opened.map((database) => database.name));
  for (const database of opened.splice(0)) database.close();
  for (const name of names) await Dexie.delete(name);
});

describe('schema history', () => {
  it('is append-only: versions strictly increase', () => {
    const versions = SCHEMA_HISTORY.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('has a fixture for every released version', () => {
    for (const { version } of SCHEMA_HISTORY) {
      expect(existsSync(path.join(FIXTURES, `v${version}.json`)), `fixture v${version}.json`).toBe(
        true,
      );
    }
  });

  it('covers every table of the current schema with a record schema', () => {
    const latest = new GroveDatabase(`grove-tables-${Date.now()}`);
    opened.push(latest);
    expect(latest.tables.map((t) => t.name).sort()).toEqual(Object.keys(CURRENT_SCHEMAS).sort());
  });
});

/** Every object store of an opened database, with its key path and indexes. */
function storedShape(idb: IDBDatabase): Record<string, unknown> {
  const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
  const shape: Record<string, unknown> = {};
  for (const name of idb.objectStoreNames) {
    const store = tx.objectStore(name);
    shape[name] = {
      keyPath: store.keyPath,
      indexes: [...store.indexNames].map((index) => {
        const { keyPath, multiEntry, unique } = store.index(index);
        return { index, keyPath, multiEntry, unique };
      }),
    };
  }
  tx.abort();
  return shape;
}

async function freshShape(): Promise<Record<string, unknown>> {
  const fresh = new GroveDatabase(`grove-fresh-${Date.now()}`);
  opened.push(fresh);
  await fresh.open();
  return storedShape(fresh.backendDB());
}

describe('declaring the history', () => {
  it('keeps its own step for an upgrade and the step before it, and merges the others', () => {
    const declared: { version: number; stores: Record<string, string | null>; upgrade: boolean }[] =
      [];
    const recorder = {
      version: (version: number) => ({
        stores(stores: Record<string, string | null>) {
          const step = { version, stores, upgrade: false };
          declared.push(step);
          return {
            upgrade: () => {
              step.upgrade = true;
            },
          };
        },
      }),
    } as unknown as Dexie;
    declareSchema(recorder);
    const last = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!;
    const withUpgrade = SCHEMA_HISTORY.filter((s) => s.upgrade).map((s) => s.version);
    expect(declared.map((d) => d.version)).toEqual(
      [
        ...new Set([
          ...withUpgrade.flatMap((v) => {
            const i = SCHEMA_HISTORY.findIndex((s) => s.version === v);
            return i > 0 ? [SCHEMA_HISTORY[i - 1]!.version, v] : [v];
          }),
          last.version,
        ]),
      ].sort((a, b) => a - b),
    );
    // The last declaration holds every table the history ever declared, as last declared.
    expect(declared[declared.length - 1]!.stores).toEqual(
      Object.assign({}, ...SCHEMA_HISTORY.map((s) => s.stores)),
    );
    expect(declared.filter((d) => d.upgrade).map((d) => d.version)).toEqual(withUpgrade);
  });
});

describe.each(SCHEMA_HISTORY.map((s) => s.version))('upgrading a v%i database', (version) => {
  // While only one version is released this opens v1 as it is (no upgrade step runs yet); the
  // first real upgrade will run here with its fixture.
  const what =
    version === LATEST_SCHEMA_VERSION
      ? `opens at v${version}, the current schema (no upgrade exists yet), every record intact and valid`
      : `upgrades to v${LATEST_SCHEMA_VERSION} with every record intact and valid`;
  it(what, async () => {
    const fixture = loadFixture(version);
    const name = `grove-migration-v${version}-${Date.now()}`;

    const old = new GroveDatabase(name, version);
    opened.push(old);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables))
        await old.table(table).bulkAdd(rows);
    });
    old.close();

    const current = new GroveDatabase(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(LATEST_SCHEMA_VERSION);

    for (const [table, rows] of Object.entries(fixture.tables)) {
      const stored = await current.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      for (const row of stored) {
        const result = CURRENT_SCHEMAS[table]!.safeParse(row);
        expect(result.success, `${table}: ${JSON.stringify(result.error?.issues[0])}`).toBe(true);
      }
    }
    // The same tables and indexes as a journal created at the current version.
    expect(storedShape(current.backendDB())).toEqual(await freshShape());
    // The indexes the app queries by work on upgraded data.
    expect(await current.entries.where('[deleted+date]').equals([0, '2025-03-03']).count()).toBe(1);
    // v5 (Insights): the lessons table exists after the upgrade and Today's query works on it.
    const due = await current.lessons
      .where('[status+dueDate]')
      .between(['active', Dexie.minKey], ['active', '2025-03-31'], true, true)
      .count();
    expect(due).toBe(version >= 5 ? 1 : 0);
  });
});
