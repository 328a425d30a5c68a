import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, type Entry } from '../../../shared/domain/records';
import { DEFAULT_TEMPLATES } from '../../../shared/domain/templates';
import { parseImportFiles } from '../../../shared/formats/import/detect';
import { toEntryRecord } from '../../../shared/formats/import/to-entries';
import {
  buildMarkdownJournal,
  entryMarkdown,
  markdownEntryFrontMatterV1Schema,
  zipMarkdownJournal,
  type MarkdownJournalData,
} from '../../../shared/formats/markdown-journal';

/** Text as people write it: Markdown punctuation, YAML-looking lines, headings, unicode, HTML. */
const piece = fc.constantFrom(
  'word',
  ' ',
  '\n',
  '\n\n',
  '# ',
  '## ',
  '---',
  '- ',
  '* ',
  '#tag',
  '"',
  "'",
  ':',
  '[[x]]',
  '`',
  '\\',
  '<b>',
  '&amp;',
  'ünïcødé',
  '🌱',
  '\t',
  'yes',
  'null',
  '2024-01-01',
  '{a: 1}',
  '|',
  '%',
  '\u0007',
  '\u2028',
  // (A lone surrogate is not text: no UTF-8 file can hold one, so it is not generated.)
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const oneLine = text.map((t) => t.replace(/\n/g, ' ').slice(0, 300));
const tag = fc
  .array(fc.constantFrom('a', 'b', 'work', 'ü', '-', '/', ' ', '1'), { minLength: 1, maxLength: 8 })
  .map((p) => p.join('').trim())
  .filter((t) => t !== '' && !t.startsWith('#'));
const day = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });

const entryArb: fc.Arbitrary<Entry> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    kind: fc.constantFrom(...ENTRY_KINDS),
    date: day,
    title: oneLine,
    body: text,
    answerTexts: fc.array(text, { maxLength: 4 }),
    mood: rating,
    energy: rating,
    tags: fc.uniqueArray(tag, { maxLength: 5 }),
    sharing: fc.constantFrom('private' as const, 'shareable' as const),
    shareSummary: oneLine,
    createdAt: fc
      .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) })
      .map((ms) => new Date(ms).toISOString()),
  })
  .map(({ answerTexts, ...e }) => {
    const answers: Record<string, string> = {};
    DEFAULT_TEMPLATES[e.kind].forEach((prompt, i) => {
      if (answerTexts[i] !== undefined) answers[prompt.id] = answerTexts[i]!;
    });
    return {
      ...e,
      answers,
      updatedAt: '2024-01-01T10:00:00.000Z',
      deleted: 0 as const,
      deletedAt: null,
      objectiveIds: [],
      meetingId: null,
    };
  });

const journal = (entries: Entry[]): MarkdownJournalData => ({
  entries,
  objectives: [],
  keyResults: [],
  activities: [],
  checkIns: [],
  series: [],
  meetings: [],
  actionItems: [],
});

/** What the round trip promises to keep: text, date, kind, tags, mood, energy (and sharing, id). */
const kept = (e: Entry) => ({
  id: e.id,
  title: e.title,
  body: e.body,
  answers: Object.fromEntries(Object.entries(e.answers).filter(([, v]) => v.trim() !== '')),
  date: e.date,
  kind: e.kind,
  tags: e.tags,
  mood: e.mood,
  energy: e.energy,
  sharing: e.sharing,
  shareSummary: e.shareSummary,
  createdAt: e.createdAt,
});

function importZip(zip: Uint8Array): Entry[] {
  const preview = parseImportFiles([{ name: 'Grove Markdown.zip', bytes: zip }]);
  return preview.entries.map((item) => {
    const result = toEntryRecord(
      item,
      { kind: 'note', moodMap: {} },
      { now: '2026-01-01T00:00:00.000Z', newId: () => crypto.randomUUID() },
    );
    if (!('entry' in result)) throw new Error(result.warning.message);
    return result.entry;
  });
}

describe('Markdown export → import round trip', () => {
  it('gives back the same entries (property)', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 8 }), (entries) => {
        const files = buildMarkdownJournal(journal(entries), '2026-01-01T00:00:00.000Z');
        const back = importZip(zipMarkdownJournal(files, 'Grove journal'));
        const byId = new Map(back.map((e) => [e.id, e]));
        expect(back).toHaveLength(entries.length);
        for (const entry of entries) expect(kept(byId.get(entry.id)!)).toEqual(kept(entry));
        // Every entry file's front matter fits the published schema.
        for (const [path, text] of files) {
          if (!/^\d{4}\//.test(path)) continue;
          const front = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!, {
            schema: yaml.CORE_SCHEMA,
          });
          expect(markdownEntryFrontMatterV1Schema.safeParse(front).error).toBeUndefined();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('writes the layout an Obsidian vault expects', () => {
    const entry: Entry = {
      id: '00000000-0000-4000-8000-000000000001',
      createdAt: '2024-01-05T18:00:00.000Z',
      updatedAt: '2024-01-05T18:00:00.000Z',
      deleted: 0,
      deletedAt: null,
      kind: 'daily',
      date: '2024-01-05',
      title: 'Shipped: the "release"/v2',
      body: 'It went out.',
      answers: { 'went-well': 'The team.', learned: '' },
      mood: 4,
      energy: null,
      tags: ['work'],
      objectiveIds: [],
      sharing: 'private',
      shareSummary: '',
      meetingId: null,
    };
    const files = buildMarkdownJournal(
      journal([entry, { ...entry, id: '00000000-0000-4000-8000-000000000002' }]),
      '2026-01-01T00:00:00.000Z',
    );
    expect([...files.keys()]).toEqual([
      '2024/01/2024-01-05 Shipped the release v2.md',
      '2024/01/2024-01-05 Shipped the release v2 (2).md',
      'Grove journal.md',
    ]);
    expect(entryMarkdown(entry, ['Objectives/Learn Rust'])).toBe(
      [
        '---',
        'grove: "entry"',
        'version: 1',
        'id: "00000000-0000-4000-8000-000000000001"',
        'title: "Shipped: the \\"release\\"/v2"',
        'date: "2024-01-05"',
        'kind: "daily"',
        'mood: 4',
        'tags: ["work"]',
        'objectives: ["[[Objectives/Learn Rust]]"]',
        'sharing: "private"',
        'created: "2024-01-05T18:00:00.000Z"',
        '---',
        '',
        '# Shipped: the "release"/v2',
        '',
        'It went out.',
        '',
        '## What went well today?',
        '<!-- grove-answer: went-well -->',
        'The team.',
        '',
      ].join('\n'),
    );
    expect(files.get('Grove journal.md')).toContain(
      '[2024-01-05 Shipped: the "release"/v2](2024/01/2024-01-05%20Shipped%20the%20release%20v2.md)',
    );
  });
});
