import Papa from 'papaparse';
import { isValidIsoDate } from '../../domain/dates';
import { LIMITS } from '../../domain/limits';
import { FormatError } from '../problems';
import { cleanTitle, fingerprint, htmlNoteToMarkdown, normaliseTags } from './text';
import type { ImportWarning, ImportedEntry } from './types';

/**
 * Daylio's CSV export (More › Export entries › CSV): a header row `full_date,date,weekday,time,
 * mood,activities,note_title,note`, newest row first; `full_date` is `YYYY-MM-DD`, `time` a local
 * wall-clock time (`10:00 pm` or `22:00`, as the phone is set), `mood` the mood's label (the five
 * defaults rad, good, meh, bad, awful, or the person's own), `activities` joined by ` | `, `note`
 * with HTML line breaks (`<br>`). Older exports have no `note_title`. Sources are cited in
 * test/unit/import/daylio.test.ts.
 */
export const DAYLIO_REQUIRED_COLUMNS = ['full_date', 'time', 'mood', 'activities', 'note'] as const;

/** Daylio's five default moods, best first, and where they sit on Grove's 1–5 scale. */
export const DAYLIO_DEFAULT_MOODS: Record<string, number> = {
  rad: 5,
  good: 4,
  meh: 3,
  bad: 2,
  awful: 1,
};

export function looksLikeDaylio(text: string): boolean {
  const header =
    text
      .slice(0, 400)
      .split(/\r?\n/, 1)[0]
      ?.replace(/^\uFEFF/, '')
      .toLowerCase() ?? '';
  return header.includes('full_date') || (header.includes('mood') && header.includes('activities'));
}

/** `10:00 pm`, `9:05 AM`, `22:00` → minutes after midnight; null when it is not a time. */
export function parseDaylioTime(value: string): number | null {
  const m = /^\s*(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?\s*$/i.exec(value);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const meridiem = m[3]?.toLowerCase().replace(/\./g, '');
  if (minutes > 59) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hours > 23) return null;
  return hours * 60 + minutes;
}

export interface DaylioResult {
  entries: ImportedEntry[];
  warnings: ImportWarning[];
  moodLabels: { label: string; count: number }[];
}

export function parseDaylio(text: string, fileName: string): DaylioResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = DAYLIO_REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new FormatError(
      `${fileName} is missing the column${missing.length === 1 ? '' : 's'} ${missing.map((c) => `"${c}"`).join(', ')} of a Daylio export (its header row has: ${columns.slice(0, 12).join(', ') || 'nothing'}). Nothing was imported.`,
    );
  }
  const warnings: ImportWarning[] = [];
  for (const error of parsed.errors.slice(0, 20)) {
    // Papa's row index counts data rows from 0; line 1 is the header.
    const line = error.row === undefined ? '' : ` › line ${error.row + 2}`;
    warnings.push({ where: `${fileName}${line}`, message: `CSV problem: ${error.message}` });
  }

  const entries: ImportedEntry[] = [];
  const moods = new Map<string, number>();
  const seen = new Map<string, number>();
  parsed.data.forEach((row, index) => {
    const where = `${fileName} › line ${index + 2}`;
    const skip = (message: string) => warnings.push({ where, message: `skipped: ${message}` });
    const fullDate = (row['full_date'] ?? '').trim();
    if (!isValidIsoDate(fullDate))
      return skip(`full_date "${fullDate.slice(0, 40)}" is not a date (YYYY-MM-DD)`);
    const timeText = (row['time'] ?? '').trim();
    const minutes = parseDaylioTime(timeText);
    if (minutes === null) return skip(`time "${timeText.slice(0, 40)}" is not a time`);
    const moodLabel = (row['mood'] ?? '').trim().toLowerCase();
    if (moodLabel === '') return skip('it has no mood');
    const activities = (row['activities'] ?? '').split('|');
    const { tags, dropped } = normaliseTags(activities);
    if (dropped > 0)
      warnings.push({
        where,
        message: `${dropped} activities beyond the first ${LIMITS.tagsPerRecord} were left out as tags`,
      });
    const rawTitle = row['note_title'] ?? '';
    const note = htmlNoteToMarkdown(row['note'] ?? '');
    if (note.length > LIMITS.bodyLength)
      return skip('its note is longer than Grove keeps in one entry (2 MB)');
    const title = cleanTitle(htmlNoteToMarkdown(rawTitle));

    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    // Daylio rows have no id: the day, the time and a fingerprint of the content identify one.
    const base = `daylio:${fullDate}T${hh}:${mm}:${fingerprint([moodLabel, tags.join('|'), title, note].join('\u0000'))}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    moods.set(moodLabel, (moods.get(moodLabel) ?? 0) + 1);
    const [y, mo, d] = fullDate.split('-').map(Number) as [number, number, number];
    entries.push({
      source: n === 1 ? base : `${base}#${n}`,
      where,
      date: fullDate,
      // A wall-clock time without a zone: read as the time on this computer.
      createdAt: new Date(y, mo - 1, d, Math.floor(minutes / 60), minutes % 60).toISOString(),
      title,
      body: note,
      answers: {},
      tags,
      mood: null,
      moodLabel,
      energy: null,
      kind: null,
      sharing: null,
    });
  });
  const moodLabels = [...moods.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort(
      (a, b) =>
        (DAYLIO_DEFAULT_MOODS[b.label] ?? 0) - (DAYLIO_DEFAULT_MOODS[a.label] ?? 0) ||
        b.count - a.count ||
        a.label.localeCompare(b.label),
    );
  return { entries, warnings, moodLabels };
}
