import fc from 'fast-check';
import { BACKUP_TABLES, type BackupTables } from '../../../shared/formats/backup';
import type {
  CheckIn,
  Entry,
  KeyResult,
  Objective,
  SettingRow,
} from '../../../shared/domain/records';
import { ENTRY_KINDS } from '../../../shared/domain/records';

/** Generated journals for property tests: real records, valid against the record schemas. */

const instant = fc
  .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2026, 11, 31) })
  .map((ms) => new Date(ms).toISOString());
const day = fc
  .integer({ min: Date.UTC(2020, 0, 1) / 86_400_000, max: Date.UTC(2026, 11, 31) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
// Includes markup and control characters: they must travel as text.
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', 'tab\there\u0001\u0007', 'ünïcødé 🌱', ''),
);
const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const base = fc.record({
  id: fc.uuid({ version: 4 }),
  createdAt: instant,
  updatedAt: instant,
  deleted: fc.constantFrom(0 as const, 1 as const),
});

export const entryArb: fc.Arbitrary<Entry> = fc
  .record({
    b: base,
    kind: fc.constantFrom(...ENTRY_KINDS),
    date: day,
    title: text,
    body: text,
    answers: fc.dictionary(fc.constantFrom('went', 'next', 'lesson'), text, { maxKeys: 3 }),
    mood: rating,
    energy: rating,
    tags: fc.uniqueArray(fc.constantFrom('work', 'health', 'talks'), { maxLength: 3 }),
    sharing: fc.constantFrom('private' as const, 'shareable' as const),
    shareSummary: text,
  })
  .map(({ b, ...rest }) => ({
    ...b,
    deletedAt: b.deleted ? b.updatedAt : null,
    ...rest,
    objectiveIds: [],
    meetingId: null,
  }));

export const objectiveArb: fc.Arbitrary<Objective> = fc
  .record({
    b: base,
    title: text,
    status: fc.constantFrom('draft' as const, 'active' as const, 'achieved' as const),
  })
  .map(({ b, title, status }) => ({
    ...b,
    deletedAt: b.deleted ? b.updatedAt : null,
    title: title.trim() || 'Objective',
    why: '',
    orgGoal: '',
    smart: { specific: 'x', measurable: '', achievable: '', relevant: '', timeBound: '' },
    targetDate: null,
    status,
    tags: [],
    achievedAt: status === 'achieved' ? b.updatedAt : null,
  }));

export const journalArb: fc.Arbitrary<BackupTables> = fc
  .record({
    entries: fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 25 }),
    objectives: fc.uniqueArray(objectiveArb, { selector: (o) => o.id, maxLength: 4 }),
    name: fc.option(text, { nil: undefined }),
    krs: fc.array(fc.tuple(fc.uuid({ version: 4 }), instant, fc.integer({ min: 0, max: 10 })), {
      maxLength: 4,
    }),
  })
  .map(({ entries, objectives, name, krs }) => {
    const tables = emptyTables();
    tables.entries = entries;
    tables.objectives = objectives;
    const first = objectives[0];
    if (first) {
      tables.keyResults = krs.map(([id, at, current], i): KeyResult => ({
        id,
        createdAt: at,
        updatedAt: at,
        deleted: 0,
        deletedAt: null,
        objectiveId: first.id,
        title: `KR ${i}`,
        order: i,
        measure: { type: 'numeric', start: 0, target: 10, current, unit: 'talks' },
      }));
      tables.keyResults = [...new Map(tables.keyResults.map((k) => [k.id, k])).values()];
    }
    if (name !== undefined) {
      const row: SettingRow = { key: 'name', value: name, updatedAt: '2026-01-01T00:00:00.000Z' };
      tables.settings = [row];
    }
    return tables;
  });

export function emptyTables(): BackupTables {
  const tables = {} as Record<string, unknown[]>;
  for (const name of BACKUP_TABLES) tables[name] = [];
  return tables as unknown as BackupTables;
}

export function checkIn(objectiveId: string, date: string, progress: number): CheckIn {
  const at = `${date}T12:00:00.000Z`;
  return {
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    deleted: 0,
    deletedAt: null,
    objectiveId,
    date,
    progress,
    confidence: 3,
    blockers: '',
    note: 'steady',
  };
}
