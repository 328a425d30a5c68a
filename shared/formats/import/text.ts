import { isValidIsoDate } from '../../domain/dates';
import { LIMITS } from '../../domain/limits';
import { FormatError } from '../problems';

/** Decodes UTF-8 (a BOM dropped); invalid bytes refuse the file rather than import mojibake. */
export function decodeText(bytes: Uint8Array, where: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new FormatError(`${where} is not UTF-8 text. Nothing was imported.`);
  }
}

/**
 * The calendar day an instant fell on in the given IANA time zone (Day One stores UTC instants
 * plus the zone the entry was written in). Intl applies that zone's offset, DST included.
 */
export function localDateIn(instant: string, timeZone: string | null): string | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const format = dayFormatIn(timeZone ?? 'UTC');
  if (!format) return null;
  const parts = format.formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  return isValidIsoDate(date) ? date : null;
}

// Building a formatter costs far more than using one: one per time zone, kept.
const formats = new Map<string, Intl.DateTimeFormat | null>();
function dayFormatIn(timeZone: string): Intl.DateTimeFormat | null {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      format = null;
    }
    formats.set(timeZone, format);
  }
  return format;
}

export function isKnownTimeZone(timeZone: string): boolean {
  return dayFormatIn(timeZone) !== null;
}

/** A short, stable fingerprint of a string (FNV-1a, 32 bits, hex): for sources without ids. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Tags as Grove stores them: trimmed, no leading `#`, within the length cap, each once. */
export function normaliseTags(raw: readonly unknown[]): { tags: string[]; dropped: number } {
  const tags: string[] = [];
  let dropped = 0;
  for (const value of raw) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const tag = String(value).trim().replace(/^#+/, '').trim().slice(0, LIMITS.tagLength).trim();
    if (tag === '' || tags.includes(tag)) continue;
    if (tags.length >= LIMITS.tagsPerRecord) {
      dropped++;
      continue;
    }
    tags.push(tag);
  }
  return { tags, dropped };
}

/** Cuts a title to Grove's limit on one line. */
export const cleanTitle = (title: string) =>
  title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.titleLength);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/**
 * Daylio notes carry a little HTML (`<br>`, `<b>`, `<i>`, lists). Line breaks and emphasis become
 * Markdown; every other tag is dropped and its text kept, so nothing from the file can act as HTML.
 */
export function htmlNoteToMarkdown(note: string): string {
  return note
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/?(b|strong)>/gi, '**')
    .replace(/<\/?(i|em)>/gi, '*')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, name: string) => ENTITIES[name] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Day One escapes Markdown punctuation everywhere it could be read as syntax (`30\-minutes`,
 * `e\.g\.`, `\(aside\)`). Grove shows Markdown as typed, so the escapes that change nothing in
 * the rendering are removed for readable text; those that matter are kept (`\*`, `\_`, `\[`,
 * a `\-` or `1\.` or `\#` that would start a list or heading at the start of a line).
 */
export function unescapeDayOne(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const lead = /^(\s*)(\\[-+#>]|\d+\\\.)(?=\s|$)/.exec(line);
      const head = lead ? lead[0] : '';
      const rest = line.slice(head.length).replace(/\\([.\-!()+#>|{}=~<])/g, '$1');
      return head + rest;
    })
    .join('\n');
}
