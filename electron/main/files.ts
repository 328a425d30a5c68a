import { promises as fs } from 'node:fs';
import path from 'node:path';
import type {
  OpenFileRequest,
  OpenFileResult,
  OpenFilesRequest,
  OpenFilesResult,
  OpenedFile,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract';
import { fail, ok, type Envelope } from '../../shared/util/result';

/** The native dialogs, reduced to what the handlers need (so tests can answer them). */
export interface FileDialogs {
  showSave(options: {
    defaultPath: string;
    filters: SaveFileRequest['filters'];
  }): Promise<string | null>;
  showOpen(options: { filters: OpenFileRequest['filters'] }): Promise<string | null>;
}

/**
 * Writes atomically: a temporary file beside the target, flushed to disk, then renamed over it,
 * so a crash mid-write never leaves a half-written file under the user's chosen name.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`,
  );
  const handle = await fs.open(temp, 'w');
  try {
    await (typeof content === 'string'
      ? handle.writeFile(content, 'utf8')
      : handle.writeFile(content));
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

export async function saveFileWithDialog(
  request: SaveFileRequest,
  dialogs: FileDialogs,
  defaultDir: string,
): Promise<Envelope<SaveFileResult>> {
  const target = await dialogs.showSave({
    defaultPath: path.join(defaultDir, request.suggestedName),
    filters: request.filters,
  });
  if (!target) return ok({ saved: false });
  try {
    await writeFileAtomic(target, request.content);
  } catch (error) {
    return fail('io', `Could not write ${path.basename(target)}: ${(error as Error).message}`);
  }
  return ok({ saved: true, fileName: path.basename(target) });
}

export async function openFileWithDialog(
  request: OpenFileRequest,
  dialogs: FileDialogs,
): Promise<Envelope<OpenFileResult>> {
  const source = await dialogs.showOpen({ filters: request.filters });
  if (!source) return ok({ opened: false });
  try {
    // Refuse before reading: a huge file must never be pulled into memory.
    const stat = await fs.stat(source);
    if (!stat.isFile()) return fail('io', `${path.basename(source)} is not a file.`);
    if (stat.size > request.maxBytes) {
      const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
      return fail(
        'too-large',
        `${path.basename(source)} is ${mb(stat.size)}; Grove opens files up to ${mb(request.maxBytes)}.`,
      );
    }
    const content = await fs.readFile(source, 'utf8');
    return ok({ opened: true, fileName: path.basename(source), content });
  } catch (error) {
    return fail('io', `Could not read ${path.basename(source)}: ${(error as Error).message}`);
  }
}

/* --------------------------------------------- import from other apps */

/** The native open dialog allowing several files; resolves the chosen paths, empty on cancel. */
export type ShowOpenMany = (options: {
  filters: OpenFilesRequest['filters'];
  multiple: boolean;
}) => Promise<string[]>;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Opens one or several files as bytes (a zip is not text). Every size is checked with `stat`
 * before a single file is read: each under the cap, and all together under it too.
 */
export async function openFilesWithDialog(
  request: OpenFilesRequest,
  showOpenMany: ShowOpenMany,
): Promise<Envelope<OpenFilesResult>> {
  const sources = await showOpenMany({ filters: request.filters, multiple: request.multiple });
  if (sources.length === 0) return ok({ opened: false });
  if (!request.multiple && sources.length > 1) return fail('io', 'Choose one file.');
  try {
    let total = 0;
    for (const source of sources) {
      const stat = await fs.stat(source);
      if (!stat.isFile()) return fail('io', `${path.basename(source)} is not a file.`);
      if (stat.size > request.maxBytes) {
        return fail(
          'too-large',
          `${path.basename(source)} is ${mb(stat.size)}; Grove opens files up to ${mb(request.maxBytes)}.`,
        );
      }
      total += stat.size;
    }
    if (total > request.maxBytes) {
      return fail(
        'too-large',
        `These files come to ${mb(total)} together; Grove opens up to ${mb(request.maxBytes)} at once.`,
      );
    }
    const files: OpenedFile[] = [];
    for (const source of sources) {
      const buffer = await fs.readFile(source);
      files.push({
        fileName: path.basename(source),
        bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
      });
    }
    return ok({ opened: true, files });
  } catch (error) {
    return fail('io', `Could not read the file: ${(error as Error).message}`);
  }
}
