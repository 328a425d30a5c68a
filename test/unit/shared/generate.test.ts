import { describe, expect, it } from 'vitest';
import {
  actionItemSchema,
  activitySchema,
  checkInSchema,
  entrySchema,
  keyResultSchema,
  meetingSchema,
  objectiveSchema,
  selfAssessmentSchema,
  seriesSchema,
} from '../../../shared/domain/records';
import { generateJournal } from '../../bench/generate';

describe('journal generator', () => {
  const journal = generateJournal({ seed: 7, entries: 2_000, objectives: 20, years: 2 });

  it('is deterministic for a seed', () => {
    const again = generateJournal({ seed: 7, entries: 2_000, objectives: 20, years: 2 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(journal));
    expect(generateJournal({ seed: 8, entries: 10, objectives: 1 }).entries[0]?.id).not.toBe(
      journal.entries[0]?.id,
    );
  });

  it('produces the requested amounts across all entry kinds', () => {
    expect(journal.entries).toHaveLength(2_000);
    expect(journal.objectives).toHaveLength(20);
    expect(new Set(journal.entries.map((e) => e.kind)).size).toBeGreaterThanOrEqual(8);
    expect(journal.meetings.length).toBeGreaterThan(10);
  });

  it('produces only records the app’s schemas accept', () => {
    const checks = [
      [entrySchema, journal.entries],
      [objectiveSchema, journal.objectives],
      [keyResultSchema, journal.keyResults],
      [activitySchema, journal.activities],
      [checkInSchema, journal.checkIns],
      [actionItemSchema, journal.actionItems],
      [selfAssessmentSchema, journal.selfAssessments],
      [seriesSchema, journal.series],
      [meetingSchema, journal.meetings],
    ] as const;
    for (const [schema, records] of checks) {
      for (const record of records) {
        const result = schema.safeParse(record);
        expect(result.success, JSON.stringify(result.error?.issues[0])).toBe(true);
      }
    }
    expect(new Set(journal.entries.map((e) => e.id)).size).toBe(journal.entries.length);
  });
});
