import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from 'fflate';
import { FormatError } from '../problems';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './types';

export interface ZipMember {
  /** The path inside the zip, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export interface ZipContents {
  /** The members whose names `wanted` accepted, inflated. */
  files: ZipMember[];
  /** Names of every other member (media, folders), never inflated. */
  others: string[];
}

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04;

/** A member name that would land outside the folder it is extracted into, or is not a plain path. */
export function unsafeZipPath(name: string): string | null {
  if (name.includes('\0')) return 'has a NUL character in its name';
  if (name.includes('\\')) return 'uses backslashes in its path';
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return 'has an absolute path';
  if (name.split('/').some((part) => part === '..'))
    return 'has a path that climbs out of the zip (../)';
  return null;
}

/**
 * Reads the members of a zip that `wanted` accepts, refusing the whole file on anything hostile:
 * a path that climbs out (`../`), too many members, a member whose declared inflated size is over
 * the cap (read from the central directory before anything is inflated), and a member that
 * inflates beyond what it declared or beyond the cap (counted while streaming, and stopped at once).
 * Media are never inflated: only their names are listed.
 */
export function readZip(
  zipName: string,
  bytes: Uint8Array,
  wanted: (path: string) => boolean,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): ZipContents {
  // Pass 1: the central directory, nothing inflated (the filter refuses every member).
  const declared = new Map<string, number>();
  const others: string[] = [];
  let count = 0;
  let declaredTotal = 0;
  const check = (info: UnzipFileInfo) => {
    count++;
    if (count > limits.maxZipEntries) {
      throw new FormatError(
        `${zipName} holds more than ${limits.maxZipEntries.toLocaleString('en')} files; Grove does not read a zip that large. Nothing was imported.`,
      );
    }
    const problem = unsafeZipPath(info.name);
    if (problem) {
      throw new FormatError(
        `${zipName} › ${info.name.slice(0, 200)} ${problem}, so the zip is refused. Nothing was imported.`,
      );
    }
    if (info.name.endsWith('/')) return false;
    if (!wanted(info.name)) {
      others.push(info.name);
      return false;
    }
    if (info.originalSize > limits.maxEntryBytes) {
      throw new FormatError(
        `${zipName} › ${info.name} would inflate to ${mb(info.originalSize)}; Grove reads files up to ${mb(limits.maxEntryBytes)} from a zip. Nothing was imported.`,
      );
    }
    declaredTotal += info.originalSize;
    if (declaredTotal > limits.maxTotalBytes) {
      throw new FormatError(
        `${zipName} would inflate to more than ${mb(limits.maxTotalBytes)} of text; Grove does not read a zip that large. Nothing was imported.`,
      );
    }
    declared.set(info.name, info.originalSize);
    return false;
  };
  try {
    unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError(
      `${zipName} is not a readable zip file (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
    );
  }

  // Pass 2: inflate only the wanted members, counting every byte as it comes out.
  const files: ZipMember[] = [];
  let failure: FormatError | null = null;
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    const size = declared.get(file.name);
    if (size === undefined || failure) return;
    const cap = Math.min(size, limits.maxEntryBytes);
    const chunks: Uint8Array[] = [];
    let length = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new FormatError(
          `${zipName} › ${file.name} is damaged (${error.message}). Nothing was imported.`,
        );
        return;
      }
      length += chunk.length;
      total += chunk.length;
      if (length > cap || total > limits.maxTotalBytes) {
        failure = new FormatError(
          `${zipName} › ${file.name} inflates to more than it declares (${mb(size)}) — a zip bomb or a damaged file. Nothing was imported.`,
        );
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files.push({ path: file.name, bytes: concat(chunks, length) });
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (!failure) {
      throw new FormatError(
        `${zipName} is not a readable zip file (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
      );
    }
  }
  if (failure) throw failure;
  return { files, others };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
