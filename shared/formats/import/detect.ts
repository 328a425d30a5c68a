import { FormatError, parseJsonText } from '../problems';
import { looksLikeDayOne, parseDayOne } from './dayone';
import { looksLikeDaylio, parseDaylio } from './daylio';
import { parseMarkdownFiles } from './markdown';
import { decodeText } from './text';
import {
  DEFAULT_IMPORT_LIMITS,
  type ImportFile,
  type ImportLimits,
  type ImportPreview,
  type ImportWarning,
} from './types';
import { isZip, readZip } from './zip';

interface TextFile {
  /** Path inside its zip, or the file name. */
  path: string;
  /** For messages: `export.zip › Journal.json`. */
  where: string;
  text: string;
}

const TEXT_FILE = /\.(json|csv|md|markdown)$/i;
const extension = (path: string) => /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
const stem = (path: string) => (path.split('/').pop() ?? path).replace(/\.[^.]+$/, '');
/** Obsidian's settings folder and macOS's zip litter are not notes. */
const IGNORED = /(^|\/)(\.obsidian|\.trash|__MACOSX)\/|(^|\/)\.[^/]*$/;

/**
 * Recognises what the person picked and parses it: a Day One export (zip or JSON), a Daylio CSV,
 * or Markdown files (loose or zipped, Grove's own export included). Pure: bytes in, a preview
 * model out, nothing written. Throws a FormatError naming the problem and the file when there is
 * nothing importable.
 */
export function parseImportFiles(
  files: readonly ImportFile[],
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): ImportPreview {
  let preview: ImportPreview;
  try {
    preview = parseAll(files, limits);
  } catch (error) {
    // Every refusal ends the same way, so the person knows their journal is untouched.
    if (error instanceof FormatError && !error.message.endsWith('Nothing was imported.')) {
      throw new FormatError(`${error.message} Nothing was imported.`, error.problems);
    }
    throw error;
  }
  if (preview.entries.length === 0) {
    const first = preview.warnings[0];
    throw new FormatError(
      first
        ? `No entry could be read. ${first.where}: ${first.message}${preview.warnings.length > 1 ? ` (and ${preview.warnings.length - 1} more problems)` : ''}. Nothing was imported.`
        : 'The file holds no entries. Nothing was imported.',
    );
  }
  return preview;
}

function parseAll(files: readonly ImportFile[], limits: ImportLimits): ImportPreview {
  if (files.length === 0) throw new FormatError('No file was chosen. Nothing was imported.');
  const texts: TextFile[] = [];
  const warnings: ImportWarning[] = [];
  let media = 0;
  for (const file of files) {
    if (isZip(file.bytes) || /\.zip$/i.test(file.name)) {
      const { files: members, others } = readZip(
        file.name,
        file.bytes,
        (path) => TEXT_FILE.test(path) && !IGNORED.test(path),
        limits,
      );
      media += others.filter((name) => !IGNORED.test(name)).length;
      for (const member of members) {
        texts.push({
          path: member.path,
          where: `${file.name} › ${member.path}`,
          text: decodeText(member.bytes, `${file.name} › ${member.path}`),
        });
      }
      if (members.length === 0) {
        const dayOneMedia = others.some((n) => /^(photos|videos|audios|pdfs)\//.test(n));
        throw new FormatError(
          dayOneMedia
            ? `${file.name} looks like a Day One export, but its journal JSON file is missing (only media folders are inside). Export again from Day One with "JSON" chosen. Nothing was imported.`
            : `${file.name} holds no Day One JSON, Daylio CSV or Markdown files, so there is nothing Grove can import from it. Nothing was imported.`,
        );
      }
    } else if (TEXT_FILE.test(file.name)) {
      texts.push({ path: file.name, where: file.name, text: decodeText(file.bytes, file.name) });
    } else {
      throw new FormatError(
        `${file.name} is not a format Grove imports. Choose a Day One export (.zip or .json), a Daylio export (.csv) or Markdown files (.md). Nothing was imported.`,
      );
    }
  }

  const json = texts.filter((t) => extension(t.path) === 'json');
  const csv = texts.filter((t) => extension(t.path) === 'csv');
  const markdown = texts.filter((t) => ['md', 'markdown'].includes(extension(t.path)));

  if (json.length > 0) {
    const journals = json.filter((t) => {
      try {
        return looksLikeDayOne(parseJsonText(t.text, 'a Day One export'));
      } catch {
        return false;
      }
    });
    if (journals.length === 0) {
      // Parse the first one for the precise reason (not JSON, cut short, or no "entries").
      try {
        parseDayOne(json[0]!.text, json[0]!.where, null);
      } catch (error) {
        if (error instanceof FormatError && !error.message.startsWith(json[0]!.where)) {
          throw new FormatError(`${json[0]!.where}: ${error.message}`);
        }
        throw error;
      }
    }
    const result: ImportPreview = emptyPreview('dayone', warnings, media);
    for (const t of json) {
      if (!journals.includes(t))
        warnings.push({ where: t.where, message: 'skipped: not a Day One journal file' });
    }
    for (const t of [...csv, ...markdown])
      warnings.push({ where: t.where, message: 'skipped: not part of a Day One export' });
    for (const journal of journals) {
      const parsed = parseDayOne(
        journal.text,
        journal.where,
        journals.length > 1 ? stem(journal.path) : null,
      );
      result.entries.push(...parsed.entries);
      result.warnings.push(...parsed.warnings);
      result.sources.push(journal.where);
    }
    return result;
  }
  if (csv.length > 0) {
    const result = emptyPreview('daylio', warnings, media);
    const first = csv.find((t) => looksLikeDaylio(t.text)) ?? csv[0]!;
    for (const t of csv)
      if (t !== first)
        warnings.push({
          where: t.where,
          message: 'skipped: only one Daylio CSV is read at a time',
        });
    for (const t of markdown)
      warnings.push({ where: t.where, message: 'skipped: not part of a Daylio export' });
    const parsed = parseDaylio(first.text, first.where);
    result.entries.push(...parsed.entries);
    result.warnings.push(...parsed.warnings);
    result.moodLabels = parsed.moodLabels;
    result.sources.push(first.where);
    return result;
  }
  if (markdown.length > 0) {
    const result = emptyPreview('markdown', warnings, media);
    const parsed = parseMarkdownFiles(markdown);
    const byPath = new Map(markdown.map((t) => [t.path, t.where]));
    result.entries.push(
      ...parsed.entries.map((e) => ({ ...e, where: byPath.get(e.where) ?? e.where })),
    );
    result.warnings.push(
      ...parsed.warnings.map((w) => ({ ...w, where: byPath.get(w.where) ?? w.where })),
    );
    result.sources.push(...markdown.map((t) => t.where));
    return result;
  }
  throw new FormatError('Nothing importable was found. Nothing was imported.');
}

function emptyPreview(
  format: ImportPreview['format'],
  warnings: ImportWarning[],
  media: number,
): ImportPreview {
  return { format, sources: [], entries: [], warnings, moodLabels: [], mediaSkipped: media };
}
