import { readBackup, type BackupTable } from '../../../../shared/formats/backup';
import { FormatError, type FormatProblem } from '../../../../shared/formats/problems';

/**
 * Validates a backup file's text completely — the same `readBackup` as ever, every table and
 * every record — in a Web Worker, so a 25 MB file is checked while the page stays responsive and
 * while the restore's writes already run (they commit only if this passes; see `importBackupText`).
 * Where there is no Worker (unit tests) it runs in the page, asynchronously all the same.
 */
export interface BackupSummary {
  createdAt: string;
  counts: Record<BackupTable, number>;
  warnings: string[];
}

export type ValidationReply =
  | { ok: true; summary: BackupSummary }
  | { ok: false; message: string; problems: FormatProblem[]; format: boolean };

/** The worker's whole job, also what runs in the page without a worker. */
export function validateInPlace(text: string): ValidationReply {
  try {
    const report = readBackup(text);
    return {
      ok: true,
      summary: {
        createdAt: report.backup.createdAt,
        counts: report.counts,
        warnings: report.warnings,
      },
    };
  } catch (error) {
    if (error instanceof FormatError)
      return { ok: false, message: error.message, problems: error.problems, format: true };
    return { ok: false, message: String(error), problems: [], format: false };
  }
}

function fromReply(reply: ValidationReply): BackupSummary {
  if (reply.ok) return reply.summary;
  throw reply.format ? new FormatError(reply.message, reply.problems) : new Error(reply.message);
}

/** Resolves with the file's summary, or rejects with the FormatError naming its problems. */
export function validateBackupText(text: string): Promise<BackupSummary> {
  if (typeof Worker === 'undefined')
    return new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
      fromReply(validateInPlace(text)),
    );
  return new Promise((resolve, reject) => {
    // One worker per file: its heap holds the whole parsed document, freed as it ends.
    const worker = new Worker(new URL('./backup-validation.worker.ts', import.meta.url), {
      type: 'module',
      name: 'grove-backup-check',
    });
    worker.onmessage = (event: MessageEvent<ValidationReply>) => {
      worker.terminate();
      try {
        resolve(fromReply(event.data));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The backup could not be checked: ${event.message}`));
    };
    worker.postMessage(text);
  });
}
