import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { importBackupText } from '../../../renderer/src/db/repo/backup';
import { buildCoachSummary, computeStats } from '../../../renderer/src/db/repo/coachExport';
import { ENTRY_KINDS } from '../../../shared/domain/records';
import { coachSummaryToHtml, coachSummaryToMarkdown } from '../../../shared/formats/coach-render';
import { coachSummaryV1Schema } from '../../../shared/formats/coach-summary';
import { PUBLISHED_SCHEMAS, jsonSchemaText } from '../../../shared/formats/json-schemas';
import { readCoachSummary } from '../../../shared/formats/read-coach-summary';
import { resetDatabase } from '../../support/db';
import { entryArb } from './journal-arbitraries';

const ROOT = path.join(import.meta.dirname, '../../..');
const OBJECTIVE = '6f1c2f43-8a51-4c1e-9d51-0d8a4b7e2c11';
const selection = {
  from: '2026-10-01',
  to: '2026-10-31',
  entryKinds: [...ENTRY_KINDS],
  objectiveIds: [OBJECTIVE],
  includeActionItems: true,
};

beforeEach(async () => {
  await resetDatabase();
  await importBackupText(
    readFileSync(path.join(ROOT, 'test/fixtures/backups/v1.json'), 'utf8'),
    'restore',
  );
});

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const publishedSchema = (file: string) =>
  JSON.parse(readFileSync(path.join(ROOT, 'shared/schemas', file), 'utf8')) as object;

describe('coach summary', () => {
  it('holds the period, owner, objectives with progress, shared entries, action items and stats', async () => {
    const summary = await buildCoachSummary(selection, { now: '2026-11-22T10:00:00.000Z' });
    expect(summary).toMatchObject({
      format: 'grove.coach-summary',
      version: 1,
      owner: { name: 'Sam Rivera' },
      period: { from: '2026-10-01', to: '2026-10-31' },
    });
    expect(summary.objectives).toHaveLength(1);
    expect(summary.objectives[0]).toMatchObject({ progress: 50, status: 'active' });
    expect(summary.objectives[0]!.checkIns).toEqual([
      { date: '2026-10-15', progress: 50, confidence: 4, blockers: '', note: 'First talk done.' },
    ]);
    expect(summary.entries.map((e) => e.title)).toEqual(['First meetup talk']);
    expect(summary.actionItems.map((a) => a.text)).toEqual(['Book a slot for the second talk']);
    expect(summary.stats).toMatchObject({
      entriesTotal: 2,
      sharedEntries: 1,
      daysWritten: 2,
      objectivesAchieved: 0,
    });
    expect(coachSummaryV1Schema.parse(summary)).toEqual(summary);
    expect(ajv.validate(publishedSchema('grove.coach-summary.v1.schema.json'), summary)).toBe(true);
  });

  it('never contains a private entry, for generated journals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 30 }),
        async (entries) => {
          await db.entries.clear();
          await db.entries.bulkPut(entries);
          const summary = await buildCoachSummary({
            ...selection,
            from: '2020-01-01',
            to: '2026-12-31',
          });
          const json = JSON.stringify(summary);
          const ids = new Set(summary.entries.map((e) => e.id));
          for (const entry of entries) {
            if (entry.sharing === 'private' || entry.deleted === 1) {
              expect(ids.has(entry.id)).toBe(false);
              expect(json).not.toContain(entry.id);
            }
          }
          for (const shared of summary.entries) {
            const source = entries.find((e) => e.id === shared.id)!;
            expect(source.sharing).toBe('shareable');
            expect(shared.text).toBe(source.shareSummary.trim() || shared.text);
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);

  it('a shared entry leaves as its summary when it has one, else its text', async () => {
    await db.entries.update('3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7', {
      shareSummary: 'Gave my first talk.',
    });
    const summary = await buildCoachSummary(selection);
    expect(summary.entries[0]).toMatchObject({ text: 'Gave my first talk.', isSummary: true });
    expect(JSON.stringify(summary)).not.toContain('Nervous at first');
  });

  it('counts streaks and weekly mood', () => {
    const e = (date: string, mood: number | null) => ({
      date,
      kind: 'daily' as const,
      mood,
      energy: null,
    });
    const stats = computeStats(
      [e('2026-10-01', 2), e('2026-10-02', 4), e('2026-10-03', null), e('2026-10-06', 5)],
      0,
      '2026-10-01',
      '2026-10-07',
      0,
    );
    expect(stats.streak).toEqual({ longest: 3, current: 1 });
    expect(stats.mood).toBe(3.7);
    expect(stats.trend).toEqual([
      { from: '2026-10-01', to: '2026-10-07', entries: 4, mood: 3.7, energy: null },
    ]);
  });

  it('renders inert Markdown and HTML: markup from the journal stays text', async () => {
    await db.entries.update('3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7', {
      title: '<script>alert(1)</script>',
      body: 'a [link](javascript:x) and <img src=x onerror=alert(2)> \u0007bell',
    });
    const summary = await buildCoachSummary(selection);
    const html = coachSummaryToHtml(summary);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('\u0007');
    const markdown = coachSummaryToMarkdown(summary);
    expect(markdown).toContain('\\<script\\>');
    expect(markdown).toContain('\\[link\\]\\(javascript:x\\)');
    expect(markdown).not.toContain('Nervous');
  });

  it('opens again read-only, and refuses a newer version with a clear message', async () => {
    const summary = await buildCoachSummary(selection);
    expect(readCoachSummary(JSON.stringify(summary))).toEqual(summary);
    expect(() => readCoachSummary(JSON.stringify({ ...summary, version: 3 }))).toThrow(
      /newer version of Grove/,
    );
    expect(() => readCoachSummary(JSON.stringify({ ...summary, entries: [{}] }))).toThrow(
      /entries\[0\]/,
    );
    expect(() => readCoachSummary('')).toThrow(/empty/);
  });
});

describe('published JSON Schemas', () => {
  it.each(Object.keys(PUBLISHED_SCHEMAS) as (keyof typeof PUBLISHED_SCHEMAS)[])(
    '%s is up to date with the zod schema (run `npm run schemas` if not)',
    (file) => {
      expect(readFileSync(path.join(ROOT, 'shared/schemas', file), 'utf8')).toBe(
        jsonSchemaText(file),
      );
    },
  );

  it('the backup fixture validates against the published backup schema', () => {
    const doc = JSON.parse(
      readFileSync(path.join(ROOT, 'test/fixtures/backups/v1.json'), 'utf8'),
    ) as unknown;
    const validate = ajv.compile(publishedSchema('grove.backup.v1.schema.json'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(doc as object), version: 2 })).toBe(false);
  });
});
