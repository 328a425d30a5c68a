import { LIMITS } from '../../domain/limits';
import { isPlainObject, parseJsonText, FormatError } from '../problems';
import { cleanTitle, isKnownTimeZone, localDateIn, normaliseTags, unescapeDayOne } from './text';
import type { ImportWarning, ImportedEntry } from './types';

/**
 * Day One's JSON export (Settings › Import/Export › JSON): a zip with one `<Journal>.json` per
 * journal and `photos/`, `videos/`, `audios/`, `pdfs/` folders, or the bare JSON. Each file is
 * `{ "metadata": { "version": "1.0" }, "entries": [ … ] }`; an entry has `uuid`, `creationDate`
 * (a UTC instant), `timeZone` (IANA), `text` (Day One Markdown with `\`-escaped punctuation and
 * `![](dayone-moment://<identifier>)` placeholders for its media), optional `richText` (a JSON
 * string), `tags`, `starred`, and `photos`/`videos`/`audios`/`pdfAttachments` with `identifier`,
 * `md5` and `type`. Sources are cited in test/unit/import/dayone.test.ts.
 */
export function looksLikeDayOne(document: unknown): boolean {
  if (!isPlainObject(document) || !Array.isArray(document['entries'])) return false;
  const first: unknown = document['entries'][0];
  return (
    isPlainObject(document['metadata']) ||
    (isPlainObject(first) && typeof first['creationDate'] === 'string')
  );
}

const MEDIA_KINDS = [
  ['photos', 'Photo', 'photos'],
  ['videos', 'Video', 'videos'],
  ['audios', 'Audio recording', 'audios'],
  ['pdfAttachments', 'PDF', 'pdfs'],
] as const;

interface Media {
  label: string;
  file: string | null;
}

function mediaIndex(entry: Record<string, unknown>): Map<string, Media> {
  const index = new Map<string, Media>();
  for (const [key, label, folder] of MEDIA_KINDS) {
    const list = entry[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isPlainObject(item) || typeof item['identifier'] !== 'string') continue;
      const md5 = typeof item['md5'] === 'string' ? item['md5'] : null;
      const type = typeof item['type'] === 'string' ? item['type'] : null;
      index.set(item['identifier'], {
        label,
        file: md5 ? `${folder}/${md5}${type ? `.${type}` : ''}` : null,
      });
    }
  }
  return index;
}

const MOMENT =
  /!?\[([^\]\n]*)\]\(dayone-moment:\/*(?:(?:photo|video|audio|pdfAttachment)\/)?([A-Za-z0-9-]+)\)/g;
const DAYONE_LINK = /\[([^\]\n]*)\]\(dayone2?:\/\/[^)\s]*\)/g;

/**
 * Media are not imported; their placeholders become a readable note saying what was there and
 * where it is in the export, instead of a broken image link.
 */
function replaceMedia(text: string, media: Map<string, Media>): { text: string; count: number } {
  let count = 0;
  const out = text
    .replace(MOMENT, (_m, _alt: string, id: string) => {
      count++;
      const item = media.get(id);
      const label = item?.label ?? 'Attachment';
      return item?.file
        ? `*(${label} from Day One, not imported: ${item.file})*`
        : `*(${label} from Day One, not imported)*`;
    })
    .replace(DAYONE_LINK, (_m, label: string) => `${label} *(Day One link)*`);
  return { text: out, count };
}

/** Day One entries without `text` (some older exports) still carry `richText`: read its lines. */
function textFromRichText(richText: unknown): string | null {
  if (typeof richText !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(richText);
    if (!isPlainObject(parsed) || !Array.isArray(parsed['contents'])) return null;
    return parsed['contents']
      .map((part: unknown) =>
        isPlainObject(part) && typeof part['text'] === 'string' ? part['text'] : '',
      )
      .join('');
  } catch {
    return null;
  }
}

export interface DayOneResult {
  entries: ImportedEntry[];
  warnings: ImportWarning[];
  mediaPlaceholders: number;
}

/** Parses one Day One journal file. `journal` is set when a zip holds several journals. */
export function parseDayOne(text: string, fileName: string, journal: string | null): DayOneResult {
  const document = parseJsonText(text, 'a Day One export');
  if (!looksLikeDayOne(document)) {
    throw new FormatError(
      `${fileName} is JSON but not a Day One export: it has no "entries" list. Nothing was imported.`,
    );
  }
  const rawEntries = (document as { entries: unknown[] }).entries;
  const entries: ImportedEntry[] = [];
  const warnings: ImportWarning[] = [];
  let mediaPlaceholders = 0;
  const seen = new Set<string>();

  rawEntries.forEach((raw, index) => {
    const where = `${fileName} › entries[${index}]`;
    const skip = (message: string) => warnings.push({ where, message: `skipped: ${message}` });
    if (!isPlainObject(raw)) return skip('not an entry object');
    const uuid = typeof raw['uuid'] === 'string' ? raw['uuid'] : null;
    if (!uuid) return skip('it has no "uuid"');
    if (seen.has(uuid)) return skip(`the uuid ${uuid} appears twice in the file`);
    seen.add(uuid);
    const creationDate = raw['creationDate'];
    if (typeof creationDate !== 'string') return skip('it has no "creationDate"');
    let timeZone = typeof raw['timeZone'] === 'string' ? raw['timeZone'] : null;
    if (timeZone && !isKnownTimeZone(timeZone)) {
      warnings.push({
        where,
        message: `unknown time zone "${timeZone.slice(0, 60)}"; UTC used for its date`,
      });
      timeZone = null;
    }
    const date = localDateIn(creationDate, timeZone);
    if (!date) return skip(`"${creationDate.slice(0, 40)}" is not a date`);

    let body =
      typeof raw['text'] === 'string' ? raw['text'] : (textFromRichText(raw['richText']) ?? '');
    body = body.replace(/\r\n?/g, '\n');
    const media = replaceMedia(body, mediaIndex(raw));
    mediaPlaceholders += media.count;
    body = unescapeDayOne(media.text).trim();

    // Day One shows an entry's first line as its title; a heading there becomes Grove's title.
    let title = '';
    const heading = /^#{1,6}[ \t]+(.+)(?:\n|$)/.exec(body);
    if (heading) {
      title = cleanTitle(heading[1]!.replace(/\s#+\s*$/, ''));
      body = body.slice(heading[0].length).replace(/^\n+/, '');
    }
    if (body.length > LIMITS.bodyLength)
      return skip('its text is longer than Grove keeps in one entry (2 MB)');

    const rawTags: unknown[] = Array.isArray(raw['tags']) ? [...(raw['tags'] as unknown[])] : [];
    if (raw['starred'] === true) rawTags.push('starred');
    if (journal) rawTags.push(journal);
    const { tags, dropped } = normaliseTags(rawTags);
    if (dropped > 0)
      warnings.push({
        where,
        message: `${dropped} tags beyond the first ${LIMITS.tagsPerRecord} were left out`,
      });
    if (title === '' && body === '' && tags.length === 0) return skip('it is empty');

    entries.push({
      source: `dayone:${uuid}`,
      where,
      date,
      createdAt: new Date(Date.parse(creationDate)).toISOString(),
      title,
      body,
      answers: {},
      tags,
      mood: null,
      moodLabel: null,
      energy: null,
      kind: null,
      sharing: null,
    });
  });
  return { entries, warnings, mediaPlaceholders };
}
