import { describe, expect, it } from 'vitest';
import { parseImportFiles } from '../../../shared/formats/import/detect';
import { inlineTags, parseMarkdownFiles } from '../../../shared/formats/import/markdown';
import { file, zipFile } from './fixtures';

/*
 * Markdown folders, from these public sources:
 * - Obsidian Help, "Daily notes" plugin: one note per day named by the date format, `YYYY-MM-DD`
 *   by default; "Properties": YAML front matter between `---` lines, with `tags` as a list and
 *   `aliases`; tags also written inline as `#tag` (letters, digits, `_`, `-`, `/` for nesting; a
 *   tag needs at least one non-digit).
 * - Jekyll/Hugo-style front matter as many Markdown journals write it: `title`, `date`
 *   (`2024-01-05` or a full timestamp), `tags` as a list or a comma-separated string.
 */
const parse = (path: string, text: string) => parseMarkdownFiles([{ path, text }]);

describe('Markdown files', () => {
  it('reads an Obsidian daily note: date from the file name, inline tags, first heading as title', () => {
    const { entries } = parse(
      'Daily/2024-01-05.md',
      '# Friday\n\nShipped the #release and met #team/platform. Issue #42 closed.\n',
    );
    expect(entries[0]).toMatchObject({
      date: '2024-01-05',
      title: 'Friday',
      body: 'Shipped the #release and met #team/platform. Issue #42 closed.',
      tags: ['release', 'team/platform'],
      source: 'markdown:Daily/2024-01-05.md',
    });
  });

  it('prefers front matter: date, title, tags as a list or a string, and keeps other fields as text', () => {
    const { entries } = parse(
      'notes/retro.md',
      '---\ntitle: Retro notes\ndate: 2023-11-02T18:30:00+01:00\ntags: [work, "#retro"]\nlocation: Berlin\nrating: 4\n---\nIt went well.\n',
    );
    expect(entries[0]!.date).toBe('2023-11-02');
    expect(entries[0]!.title).toBe('Retro notes');
    expect(entries[0]!.tags).toEqual(['work', 'retro']);
    expect(entries[0]!.body).toBe(
      'It went well.\n\n---\n\nFront matter from the original file:\n\n```yaml\nlocation: Berlin\nrating: 4\n```',
    );
    expect(parse('x.md', '---\ndate: 2023-01-01\ntags: a, b c\n---\nx').entries[0]!.tags).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('keeps broken front matter as text and says where', () => {
    const { entries, warnings } = parse('2024-02-02.md', '---\ntitle: [unclosed\n---\nBody');
    expect(entries[0]!.body).toContain('title: [unclosed');
    expect(warnings[0]!.where).toBe('2024-02-02.md');
    expect(warnings[0]!.message).toMatch(
      /front matter is not valid YAML \(line \d+\); kept as text/,
    );
  });

  it('does not run YAML tags or turn dates into objects', () => {
    const { entries } = parse(
      '2024-03-03 a.md',
      '---\ndate: 2024-03-03\nevil: !!js/function "function(){}"\n---\nx',
    );
    // CORE_SCHEMA refuses unknown tags: the front matter is kept as text instead.
    expect(entries[0]!.body).toContain('!!js/function');
  });

  it('skips a file with no date anywhere, naming it', () => {
    const { entries, warnings } = parse('ideas/someday.md', 'Learn Rust');
    expect(entries).toEqual([]);
    expect(warnings).toEqual([
      {
        where: 'ideas/someday.md',
        message: 'skipped: no date in its front matter or its file name (YYYY-MM-DD)',
      },
    ]);
  });

  it('finds no tags in code, headings or numbers', () => {
    expect(inlineTags('# Heading\n`#notatag` #1 #yes\n```\n#code\n```\n(#paren)')).toEqual([
      'yes',
      'paren',
    ]);
  });

  it('reads a zipped vault, ignoring Obsidian settings and counting attachments', () => {
    const preview = parseImportFiles([
      zipFile('vault.zip', {
        'Vault/2024-01-01.md': 'New year',
        'Vault/.obsidian/app.json': '{}',
        'Vault/attachments/cat.png': new Uint8Array([1]),
      }),
    ]);
    expect(preview.format).toBe('markdown');
    expect(preview.entries.map((e) => e.where)).toEqual(['vault.zip › Vault/2024-01-01.md']);
    expect(preview.mediaSkipped).toBe(1);
  });

  it('reads several loose files at once', () => {
    const preview = parseImportFiles([file('2024-01-01.md', 'one'), file('2024-01-02.md', 'two')]);
    expect(preview.entries.map((e) => e.body)).toEqual(['one', 'two']);
  });

  it('refuses a file of an unknown format', () => {
    expect(() => parseImportFiles([file('journal.docx', 'PK…')])).toThrow(
      'journal.docx is not a format Grove imports. Choose a Day One export (.zip or .json), a Daylio export (.csv) or Markdown files (.md). Nothing was imported.',
    );
  });
});
