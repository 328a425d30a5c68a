import { parseImportFiles } from '../../../../shared/formats/import/detect';
import {
  buildMarkdownJournal,
  zipMarkdownJournal,
} from '../../../../shared/formats/markdown-journal';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** The work itself, pure: run in the worker, or inline where there is no Worker (unit tests). */
export function runWork(request: WorkerRequest): WorkerResponse {
  try {
    switch (request.type) {
      case 'parse':
        return { ok: true, type: 'parse', preview: parseImportFiles(request.files) };
      case 'export': {
        const files = buildMarkdownJournal(request.data, request.generatedAt);
        return {
          ok: true,
          type: 'export',
          zip: zipMarkdownJournal(files, request.folder),
          files: files.size,
        };
      }
    }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
