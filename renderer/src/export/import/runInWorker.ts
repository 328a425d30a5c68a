import type { ImportFile, ImportPreview } from '../../../../shared/formats/import/types';
import { FormatError } from '../../../../shared/formats/problems';
import type { MarkdownJournalData } from '../../../../shared/formats/markdown-journal';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** One worker per job, ended when it answers: imports and exports are rare, memory is not. */
function run(request: WorkerRequest, transfer: Transferable[]): Promise<WorkerResponse> {
  if (typeof Worker === 'undefined') {
    return import('./work').then((m) => m.runWork(request));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The import worker failed: ${event.message || 'unknown error'}`));
    };
    worker.postMessage(request, transfer);
  });
}

/** Recognises and parses the files off the main thread. Throws a FormatError on bad input. */
export async function parseInWorker(files: ImportFile[]): Promise<ImportPreview> {
  const response = await run({ type: 'parse', files }, [
    ...new Set(files.map((f) => f.bytes.buffer as ArrayBuffer)),
  ]);
  if (!response.ok) throw new FormatError(response.message);
  if (response.type !== 'parse') throw new Error('Unexpected answer from the import worker');
  return response.preview;
}

/** Builds the Markdown journal zip off the main thread. */
export async function exportInWorker(
  data: MarkdownJournalData,
  generatedAt: string,
  folder: string,
): Promise<{ zip: Uint8Array; files: number }> {
  const response = await run({ type: 'export', data, generatedAt, folder }, []);
  if (!response.ok) throw new Error(response.message);
  if (response.type !== 'export') throw new Error('Unexpected answer from the import worker');
  return { zip: response.zip, files: response.files };
}
