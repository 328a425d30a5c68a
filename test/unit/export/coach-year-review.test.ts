import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { buildCoachSummary, type CoachSelection } from '../../../renderer/src/db/repo/coachExport';
import {
  previewCoachResponse,
  recordExportedSummary,
} from '../../../renderer/src/db/repo/coachResponses';
import { newEntry, saveEntry } from '../../../renderer/src/db/repo/entries';
import { answerLesson } from '../../../renderer/src/db/repo/lessons';
import {
  EMPTY_SMART,
  changeObjectiveStatus,
  createObjective,
} from '../../../renderer/src/db/repo/objectives';
import { CoachReport } from '../../../renderer/src/export/CoachReport';
import { ENTRY_KINDS, type Entry, type EntryKind } from '../../../shared/domain/records';
import { canonicalJson } from '../../../shared/formats/canonical-json';
import { coachSummaryToHtml, coachSummaryToMarkdown } from '../../../shared/formats/coach-render';
import { buildCoachResponse } from '../../../shared/formats/coach-response';
import { coachSummaryWebPage } from '../../../shared/formats/coach-response-page';
import {
  coachSummaryV1Schema,
  coachSummaryV2Schema,
  yearReviewOf,
  type CoachSummary,
} from '../../../shared/formats/coach-summary';
import { readCoachSummary } from '../../../shared/formats/read-coach-summary';
import { coachSummaryHash } from '../../../shared/formats/summary-hash';
import { resetDatabase } from '../../support/db';

const ROOT = path.join(import.meta.dirname, '../../..');
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const [v1Schema, v2Schema] = ([1, 2] as const).map((version) =>
  ajv.compile(
    JSON.parse(
      readFileSync(
        path.join(ROOT, `shared/schemas/grove.coach-summary.v${version}.schema.json`),
        'utf8',
      ),
    ) as object,
  ),
);
const published = (version: 1 | 2) => (version === 1 ? v1Schema! : v2Schema!);
const pretty = (summary: CoachSummary) =>
  `${JSON.stringify(JSON.parse(canonicalJson(summary)), null, 2)}\n`;

const OCTOBER: CoachSelection = {
  from: '2026-10-01',
  to: '2026-10-31',
  entryKinds: [...ENTRY_KINDS],
  objectiveIds: [],
  includeActionItems: false,
};
const withFigures = { ...OCTOBER, includeYearReview: true };
/** Words that live only in private entries: none of them may leave. */
const PRIVATE_WORDS = ['Private words', 'secret-tag', 'Private win title', 'Ask for help sooner'];

async function write(kind: EntryKind, date: string, fields: Partial<Entry> = {}): Promise<Entry> {
  const outcome = await saveEntry({ ...newEntry(kind, date), title: `${kind} ${date}`, ...fields });
  if (!outcome.saved) throw new Error('not saved');
  return outcome.entry;
}

async function achieved(title: string, at: Date) {
  const o = await createObjective({
    title,
    why: '',
    orgGoal: '',
    smart: EMPTY_SMART,
    targetDate: null,
    tags: [],
  });
  await changeObjectiveStatus(o.id, 'achieve');
  await db.objectives.update(o.id, { achievedAt: at.toISOString() });
}

beforeEach(async () => {
  await resetDatabase();
  // A hand-made October: a three-day run, two wins (one private), a private review whose
  // lesson was applied, moods on three days, and entries just outside the period.
  const shared = { sharing: 'shareable' as const };
  await write('daily', '2026-09-30', { ...shared, mood: 1, tags: ['before'] });
  await write('daily', '2026-10-01', { ...shared, mood: 4, tags: ['team'] });
  await write('win', '2026-10-02', {
    ...shared,
    title: 'Shipped the beta',
    mood: 5,
    tags: ['team', 'launch'],
  });
  await write('daily', '2026-10-03', { mood: 2, tags: ['secret-tag'], body: 'Private words' });
  const review = await write('aar', '2026-10-03', {
    answers: { differently: 'Ask for help sooner' },
  });
  await write('win', '2026-10-10', { title: 'Private win title', tags: ['team'] });
  await write('daily', '2026-11-01', { ...shared, mood: 5, tags: ['after'] });
  await answerLesson(review.id, 'applied', '2026-10-05');
  // Late on the last local day of the period: in UTC it may already be November.
  await achieved('Run the beta', new Date(2026, 9, 31, 23, 30));
  await achieved('Earlier one', new Date(2026, 8, 15, 12, 0));
});

describe('year-in-review figures in a coach summary', () => {
  it('are the roll-up’s figures for the period when opted in, counts only from private entries', async () => {
    const summary = await buildCoachSummary(withFigures, { now: '2026-11-02T09:00:00.000Z' });
    expect(summary.version).toBe(2);
    expect(yearReviewOf(summary)).toEqual({
      entries: 5,
      daysWritten: 4,
      byKind: { daily: 2, win: 2, aar: 1 },
      bestStreak: { days: 3, from: '2026-10-01', to: '2026-10-03' },
      // Tags of shared entries only: the private win's "team" and the private "secret-tag" stay.
      topTags: [
        { tag: 'team', count: 2 },
        { tag: 'launch', count: 1 },
      ],
      // The mean of daily means: (4 + 5 + 2) / 3.
      moodByMonth: [{ month: '2026-10', mood: 3.7, days: 3 }],
      objectivesAchieved: 1,
      wins: 2,
      lessonsApplied: 1,
    });
    // The section agrees with the summary's own stats where both count the same thing.
    expect(summary.stats).toMatchObject({ entriesTotal: 5, daysWritten: 4, objectivesAchieved: 1 });
    expect(summary.stats.streak.longest).toBe(3);
    const json = JSON.stringify(summary);
    for (const word of PRIVATE_WORDS) expect(json).not.toContain(word);
  });

  it('count only the chosen kinds', async () => {
    const summary = await buildCoachSummary({
      ...withFigures,
      entryKinds: ['daily'],
    });
    expect(yearReviewOf(summary)).toMatchObject({
      entries: 2,
      daysWritten: 2,
      byKind: { daily: 2 },
      wins: 0,
      lessonsApplied: 0,
      topTags: [{ tag: 'team', count: 1 }],
    });
  });

  it('are absent unless asked for, and the file is then version 1 as before', async () => {
    for (const selection of [OCTOBER, { ...OCTOBER, includeYearReview: false }]) {
      const summary = await buildCoachSummary(selection);
      expect(summary.version).toBe(1);
      expect('yearReview' in summary).toBe(false);
      expect(yearReviewOf(summary)).toBeNull();
      expect(coachSummaryV1Schema.parse(summary)).toEqual(summary);
      expect(published(1)(summary)).toBe(true);
      expect(coachSummaryToMarkdown(summary)).not.toContain('The period in review');
      expect(coachSummaryToHtml(summary)).not.toContain('Year-in-review figures');
    }
  });

  it('round-trip through the reader and both schemas, keeping the summary’s hash', async () => {
    const summary = await buildCoachSummary(withFigures, { now: '2026-11-02T09:00:00.000Z' });
    expect(coachSummaryV2Schema.parse(summary)).toEqual(summary);
    const v2 = published(2);
    expect(v2(summary), JSON.stringify(v2.errors)).toBe(true);
    // A reader of version 1 only refuses it rather than reading half of it.
    expect(published(1)(summary)).toBe(false);
    const read = readCoachSummary(pretty(summary));
    expect(read).toEqual(summary);
    expect(await coachSummaryHash(read)).toBe(await coachSummaryHash(summary));
    // Version 1 has no such section: a version 1 file that carries one is refused by name.
    expect(() => readCoachSummary(pretty({ ...summary, version: 1 } as CoachSummary))).toThrow(
      /yearReview/,
    );
    expect(() =>
      readCoachSummary(
        JSON.stringify({ ...summary, yearReview: { ...yearReviewOf(summary), wins: -1 } }),
      ),
    ).toThrow(/yearReview\.wins/);
  });

  it('an older file (version 1, no section) still opens, unchanged, with the same hash', async () => {
    const text = readFileSync(path.join(ROOT, 'test/fixtures/coach-summaries/v1.json'), 'utf8');
    const read = readCoachSummary(text);
    expect(read.version).toBe(1);
    expect(yearReviewOf(read)).toBeNull();
    expect(read).toEqual(JSON.parse(text));
    // The hash a coach's response names is the hash of the file as it was written.
    expect(await coachSummaryHash(read)).toBe(
      await coachSummaryHash(JSON.parse(text) as CoachSummary),
    );
    expect(renderToStaticMarkup(createElement(CoachReport, { summary: read }))).not.toContain(
      'The period in review',
    );
  });

  it('appear in the Markdown, the web page and the report, as tables with captions', async () => {
    const summary = await buildCoachSummary(withFigures, { now: '2026-11-02T09:00:00.000Z' });
    const markdown = coachSummaryToMarkdown(summary);
    expect(markdown).toContain('## The period in review');
    expect(markdown).toContain('| Entries | 5 on 4 days |');
    expect(markdown).toContain('| Best streak | 3 days (2026-10-01 to 2026-10-03) |');
    expect(markdown).toContain('| Objectives achieved | 1 |');
    expect(markdown).toContain('| Wins | 2 |');
    expect(markdown).toContain('| Lessons applied | 1 |');
    expect(markdown).toContain('| team | 2 |');
    expect(markdown).toContain('| 2026-10 | 3.7 / 5 | 3 |');

    const page = await coachSummaryWebPage(summary);
    expect(page).toContain('<h2 id="year-review-heading">The period in review</h2>');
    expect(page).toContain('<caption>Year-in-review figures</caption>');
    expect(page).toContain('<th scope="row">Lessons applied</th><td>1</td>');
    expect(page).toContain('<caption>Top tags of the shared entries</caption>');
    expect(page).toContain('<td class="n">3.7 / 5</td>');

    const report = renderToStaticMarkup(createElement(CoachReport, { summary }));
    expect(report).toContain('The period in review');
    expect(report).toContain('<caption>Year-in-review figures</caption>');
    expect(report).toContain('<th scope="row">Wins</th><td>2</td>');
    expect(report).toContain('<caption>Mean mood by month</caption>');
    for (const output of [markdown, page, report])
      for (const word of PRIVATE_WORDS) expect(output).not.toContain(word);
  });

  it('a coach’s response to a summary with the figures is matched to it, and to no other', async () => {
    const withIt = await buildCoachSummary(withFigures, { now: '2026-11-02T09:00:00.000Z' });
    const without = await buildCoachSummary(OCTOBER, { now: '2026-11-02T09:00:00.000Z' });
    await recordExportedSummary(withIt, '2026-11-02T09:00:01.000Z');
    // The coach opens the saved file (in Grove's viewer, which hashes what it read) and answers.
    const opened = readCoachSummary(pretty(withIt));
    const answer = (hash: string) =>
      buildCoachResponse(
        {
          responseId: crypto.randomUUID(),
          responder: 'Dana',
          overallNote: 'Good month.',
          comments: {},
        },
        { hash, owner: opened.owner, period: opened.period, generatedAt: opened.generatedAt },
        '2026-11-03T10:00:00.000Z',
      );
    const preview = await previewCoachResponse(answer(await coachSummaryHash(opened)));
    expect(preview.items.map((i) => i.key)).toEqual(['overall']);
    // The same period and moment without the figures is another summary, never saved here.
    await expect(previewCoachResponse(answer(await coachSummaryHash(without)))).rejects.toThrow(
      /hash does not match/,
    );
  });
});
