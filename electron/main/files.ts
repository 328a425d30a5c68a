import { promises as fs } from 'node:fs';
import path from 'node:path';
import type {
  OpenFileRequest,
  OpenFileResult,
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
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`,
  );
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
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
