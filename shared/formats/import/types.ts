import type { EntryKind } from '../../domain/records';

/**
 * The model every import parser returns: what Grove understood from the files, before anything is
 * written. Parsers are pure (no DOM, no database), so they run in a Web Worker and in unit tests.
 */
export const IMPORT_FORMATS = ['dayone', 'daylio', 'markdown'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  dayone: 'Day One (JSON export)',
  daylio: 'Daylio (CSV export)',
  markdown: 'Markdown files',
};

/** A file as picked by the person: its name and its bytes (a zip, a JSON, a CSV or a `.md`). */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** Something skipped or changed, and where: `Journal.json › entries[12]`, `export.csv › line 7`. */
export interface ImportWarning {
  where: string;
  message: string;
}

/** One entry as understood from the source, not yet a Grove record (no id, no kind choice yet). */
export interface ImportedEntry {
  /** Where it came from, stable across exports of the same data: the re-import rule uses it. */
  source: string;
  /** For messages and the preview: `Journal.json › entries[3]`. */
  where: string;
  /** Local calendar day, YYYY-MM-DD. */
  date: string;
  /** The original instant when the source has one (ISO 8601), else null. */
  createdAt: string | null;
  title: string;
  /** Markdown. */
  body: string;
  answers: Record<string, string>;
  tags: string[];
  /** A mood already on Grove's 1–5 scale (Markdown front matter), or null. */
  mood: number | null;
  /** The source's own mood label (Daylio), mapped to 1–5 by the person's choice. */
  moodLabel: string | null;
  energy: number | null;
  /** The kind the source states (a Grove Markdown export); otherwise the person's choice applies. */
  kind: EntryKind | null;
  sharing: 'private' | 'shareable' | null;
  /** Grove's own Markdown export: what a coach sees instead of the text. */
  shareSummary?: string;
}

export interface ImportPreview {
  format: ImportFormat;
  /** The names of the files (or zip entries) the entries came from. */
  sources: string[];
  entries: ImportedEntry[];
  warnings: ImportWarning[];
  /** Daylio: every mood label used, with how often, in the order of the default scale first. */
  moodLabels: { label: string; count: number }[];
  /** Media found and not imported (photos, audio, PDFs): how many. */
  mediaSkipped: number;
}

/** Caps on what an import reads, so a hostile file cannot exhaust memory. */
export interface ImportLimits {
  /** Largest single file read from a zip, inflated. */
  maxEntryBytes: number;
  /** All files read from one zip together, inflated. */
  maxTotalBytes: number;
  /** Entries in one zip (names only; media are never inflated). */
  maxZipEntries: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
  maxZipEntries: 200_000,
};
