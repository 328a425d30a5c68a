import yaml from 'js-yaml';
import { isValidIsoDate } from '../../domain/dates';
import { LIMITS } from '../../domain/limits';
import { ENTRY_KINDS, type EntryKind } from '../../domain/records';
import { isPlainObject } from '../problems';
import { ANSWER_MARKER, GROVE_MARKDOWN_KEY } from '../markdown-journal';
import { cleanTitle, fingerprint, normaliseTags } from './text';
import type { ImportWarning, ImportedEntry } from './types';

/**
 * Markdown files: Obsidian daily notes (`2024-01-05.md`, often with YAML front matter), any plain
 * `.md`, and Grove's own Markdown export. The date comes from front matter (`date`, `created`,
 * `day`) or a `YYYY-MM-DD` in the file name; tags from front matter (`tags`/`tag`, a list or a
 * comma- or space-separated string) and inline `#tags`; the title from front matter or the first
 * heading. Every other front-matter field is kept as text at the end of the body, never dropped.
 */
export interface MarkdownSource {
  path: string;
  text: string;
}

export interface MarkdownResult {
  entries: ImportedEntry[];
  warnings: ImportWarning[];
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const DATE_IN_NAME = /(\d{4}-\d{2}-\d{2})/;
/** Keys Grove reads into fields; everything else in the front matter is kept as text. */
const KNOWN_KEYS = new Set([
  'title',
  'date',
  'created',
  'day',
  'tags',
  'tag',
  'kind',
  'mood',
  'energy',
  'sharing',
  'objectives',
  'id',
  'aliases',
  GROVE_MARKDOWN_KEY,
]);
/** Grove's own non-entry files in its export (objectives, 1:1s, the index): not entries. */
const GROVE_OTHER_TYPES = new Set(['objective', 'meeting', 'index']);

const basename = (path: string) => path.split('/').pop() ?? path;

function dateFrom(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const day = value.trim().slice(0, 10);
  return isValidIsoDate(day) ? day : null;
}

/** A very deep path is shortened, with a fingerprint of the whole, to fit `importSource`. */
const markdownSource = (path: string) =>
  path.length <= 800 ? `markdown:${path}` : `markdown:${path.slice(0, 800)}#${fingerprint(path)}`;

function instantFrom(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const rating = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;

function tagList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(/[,\s]+/);
  return [];
}

/** `#tag` words outside code, not headings (`# Title`) and not bare numbers (`#1`). */
export function inlineTags(body: string): string[] {
  const tags: string[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const plain = line.replace(/`[^`]*`/g, '');
    for (const m of plain.matchAll(/(^|[\s(])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu)) {
      tags.push(m[2]!);
    }
  }
  return tags;
}

function extraAsText(extra: Record<string, unknown>): string {
  const keys = Object.keys(extra);
  if (keys.length === 0) return '';
  const dumped = yaml
    .dump(extra, { lineWidth: -1, noRefs: true, schema: yaml.CORE_SCHEMA })
    .trimEnd();
  return `\n\n---\n\nFront matter from the original file:\n\n\`\`\`yaml\n${dumped}\n\`\`\``;
}

/** Splits Grove's exported answer sections back off the body (see markdown-journal.ts). */
function splitAnswers(text: string): { body: string; answers: Record<string, string> } {
  const marker = new RegExp(`\\n\\n## [^\\n]*\\n${ANSWER_MARKER.source}\\n`, 'g');
  const found = [...text.matchAll(marker)];
  if (found.length === 0) return { body: text, answers: {} };
  const answers: Record<string, string> = {};
  found.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = i + 1 < found.length ? found[i + 1]!.index : text.length;
    answers[m[1]!] = text.slice(start, end);
  });
  return { body: text.slice(0, found[0]!.index), answers };
}

export function parseMarkdownFiles(files: readonly MarkdownSource[]): MarkdownResult {
  const entries: ImportedEntry[] = [];
  const warnings: ImportWarning[] = [];
  for (const file of files) {
    const where = file.path;
    const skip = (message: string) => warnings.push({ where, message: `skipped: ${message}` });
    let text = file.text.replace(/\r\n?/g, '\n');
    let front: Record<string, unknown> = {};
    const fm = FRONT_MATTER.exec(text);
    if (fm) {
      try {
        // CORE_SCHEMA: plain values only (no dates turned into objects, no custom types).
        const loaded: unknown = yaml.load(fm[1]!, { schema: yaml.CORE_SCHEMA, json: true });
        if (isPlainObject(loaded)) {
          front = loaded;
          text = text.slice(fm[0].length);
        } else if (loaded !== null && loaded !== undefined) {
          warnings.push({
            where,
            message: 'its front matter is not a list of fields; kept as text',
          });
        } else {
          text = text.slice(fm[0].length);
        }
      } catch (error) {
        const line = error instanceof yaml.YAMLException ? ` (line ${error.mark.line + 2})` : '';
        warnings.push({
          where,
          message: `its front matter is not valid YAML${line}; kept as text`,
        });
      }
    }
    const groveType =
      typeof front[GROVE_MARKDOWN_KEY] === 'string' ? front[GROVE_MARKDOWN_KEY] : null;
    if (groveType && GROVE_OTHER_TYPES.has(groveType)) {
      // Not an entry: objectives and 1:1s travel in full backups, which keep every field.
      continue;
    }
    const fromGrove = groveType === 'entry';

    const date =
      dateFrom(front['date']) ??
      dateFrom(front['created']) ??
      dateFrom(front['day']) ??
      dateFrom(DATE_IN_NAME.exec(basename(file.path))?.[1]);
    if (!date) {
      skip('no date in its front matter or its file name (YYYY-MM-DD)');
      continue;
    }

    const frontTitle = typeof front['title'] === 'string' ? front['title'] : '';
    // Grove's own titles come back exactly as written; others are tidied onto one line.
    let title = fromGrove ? frontTitle.slice(0, LIMITS.titleLength) : cleanTitle(frontTitle);
    if (fromGrove) {
      // Grove writes a blank line after the front matter and the title as a heading: undo exactly that.
      text = text.replace(/^\n/, '');
      if (title && text.startsWith(`# ${title}\n\n`)) text = text.slice(title.length + 4);
      text = text.replace(/\n$/, '');
    } else {
      text = text.replace(/^\n+/, '');
      const heading = /^#[ \t]+(.+)\n*/.exec(text);
      if (heading) {
        if (!title) title = cleanTitle(heading[1]!);
        if (cleanTitle(heading[1]!) === title) text = text.slice(heading[0].length);
      }
      text = text.trimEnd();
    }
    const { body: mainBody, answers } = fromGrove
      ? splitAnswers(text)
      : { body: text, answers: {} };

    const extra: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(front)) if (!KNOWN_KEYS.has(key)) extra[key] = value;
    const body = mainBody + (fromGrove ? '' : extraAsText(extra));
    if (body.length > LIMITS.bodyLength) {
      skip('its text is longer than Grove keeps in one entry (2 MB)');
      continue;
    }
    const { tags, dropped } = normaliseTags([
      ...tagList(front['tags']),
      ...tagList(front['tag']),
      ...(fromGrove ? [] : inlineTags(mainBody)),
    ]);
    if (dropped > 0)
      warnings.push({
        where,
        message: `${dropped} tags beyond the first ${LIMITS.tagsPerRecord} were left out`,
      });
    if (!fromGrove && title === '' && body.trim() === '' && Object.keys(answers).length === 0) {
      skip('it is empty');
      continue;
    }
    const kind =
      typeof front['kind'] === 'string' &&
      (ENTRY_KINDS as readonly string[]).includes(front['kind'])
        ? (front['kind'] as EntryKind)
        : null;
    const id = typeof front['id'] === 'string' ? front['id'] : null;
    entries.push({
      source: fromGrove && id ? `grove:${id.slice(0, 100)}` : markdownSource(file.path),
      where,
      date,
      createdAt: fromGrove ? instantFrom(front['created']) : null,
      title,
      body,
      answers,
      tags,
      mood: rating(front['mood']),
      moodLabel: null,
      energy: rating(front['energy']),
      kind,
      ...(fromGrove && typeof front['shareSummary'] === 'string'
        ? { shareSummary: front['shareSummary'] }
        : {}),
      sharing:
        front['sharing'] === 'shareable'
          ? 'shareable'
          : front['sharing'] === 'private'
            ? 'private'
            : null,
    });
  }
  return { entries, warnings };
}
