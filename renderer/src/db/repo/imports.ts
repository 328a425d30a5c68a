import type { Entry } from '../../../../shared/domain/records';
import { toEntryRecord, type ImportChoices } from '../../../../shared/formats/import/to-entries';
import { parseImportFiles } from '../../../../shared/formats/import/detect';
import type {
  ImportFile,
  ImportPreview,
  ImportWarning,
} from '../../../../shared/formats/import/types';
import { db } from '../db';
import { newId, nowIso } from './records';

/** Entries written per transaction: one bulk write each, small enough to keep typing smooth. */
export const IMPORT_BATCH_SIZE = 250;

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOutcome {
  added: number;
  /** Already in the journal from an earlier import of the same source. */
  alreadyThere: number;
  /** Entries that did not fit Grove's record schema, with why. */
  skipped: ImportWarning[];
}

/**
 * Lets the page paint and handle typing between batches. Not `setTimeout`: a browser throttles
 * timers to one a second (or less) in a hidden window, and a person may well switch to another
 * app while ten years of entries come in. `scheduler.yield` where there is one, else a message.
 */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Writes previewed entries in batches, each one transaction with one bulk write: if the window
 * closes mid-way, every committed batch is whole and the rest is simply not there yet — importing
 * the same file again adds only what is missing, because each entry remembers its source
 * (`importSource`, a digest, indexed). Grove's own Markdown export also carries each entry's id, so an
 * entry still in the journal is not added a second time.
 */
export async function importPreviewedEntries(
  preview: ImportPreview,
  choices: ImportChoices,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { added: 0, alreadyThere: 0, skipped: [] };
  const total = preview.entries.length;
  const now = nowIso();
  const seen = new Set<string>();
  for (let start = 0; start < total; start += IMPORT_BATCH_SIZE) {
    const batch: Entry[] = [];
    for (const item of preview.entries.slice(start, start + IMPORT_BATCH_SIZE)) {
      if (seen.has(item.source)) {
        outcome.alreadyThere++;
        continue;
      }
      seen.add(item.source);
      const result = toEntryRecord(item, choices, { now, newId });
      if ('entry' in result) batch.push(result.entry);
      else outcome.skipped.push(result.warning);
    }
    outcome.added += await writeBatch(await withStoredSources(batch), outcome);
    onProgress?.({ done: Math.min(start + IMPORT_BATCH_SIZE, total), total });
    await pause();
  }
  return outcome;
}

/**
 * What is stored of a source: its format, then a SHA-256 digest of the whole source. The index
 * must stay in the clear for re-imports to find it even with encryption on, and a source can name
 * a file ("markdown:2024/01/2024-01-05 A hard talk.md"), which must not be readable on disk.
 * Computed before the batch's transaction: awaiting WebCrypto inside one would end it.
 */
export async function storedImportSource(source: string): Promise<string> {
  const colon = source.indexOf(':');
  const format = colon > 0 ? source.slice(0, colon) : 'source';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(source));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${format}:${hex}`;
}

interface SourcedEntry {
  entry: Entry;
  /** The source as the parser gave it (`grove:<id>` names an entry of this journal). */
  source: string;
}

async function withStoredSources(batch: Entry[]): Promise<SourcedEntry[]> {
  return Promise.all(
    batch.map(async (entry) => ({
      entry: { ...entry, importSource: await storedImportSource(entry.importSource!) },
      source: entry.importSource!,
    })),
  );
}

async function writeBatch(sourced: SourcedEntry[], outcome: ImportOutcome): Promise<number> {
  if (sourced.length === 0) return 0;
  return db.transaction('rw', db.entries, async () => {
    const stored = sourced.map((s) => s.entry.importSource!);
    const existing = new Set(
      (await db.entries.where('importSource').anyOf(stored).keys()) as unknown as string[],
    );
    const sources = sourced.map((s) => s.source);
    const groveIds = sources.filter((s) => s.startsWith('grove:')).map((s) => s.slice(6));
    const present = new Set(
      groveIds.length > 0
        ? (await db.entries.bulkGet(groveIds)).filter((e) => e !== undefined).map((e) => e.id)
        : [],
    );
    const fresh = sourced
      .filter(({ entry, source }) => {
        const there =
          existing.has(entry.importSource!) ||
          (source.startsWith('grove:') && present.has(source.slice(6)));
        if (there) outcome.alreadyThere++;
        return !there;
      })
      .map(({ entry }) => entry);
    if (fresh.length > 0) await db.entries.bulkAdd(fresh);
    return fresh.length;
  });
}

/** How many entries of the journal came from imports (Settings and tests). */
export function countImportedEntries(): Promise<number> {
  return db.entries.where('importSource').above('').count();
}

/** Parses and imports in one go, on this thread (tests and the benchmark; the screen previews first). */
export async function importFiles(
  files: readonly ImportFile[],
  choices: ImportChoices,
): Promise<ImportOutcome> {
  return importPreviewedEntries(parseImportFiles(files), choices);
}
