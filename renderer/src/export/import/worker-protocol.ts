import type { ImportFile, ImportPreview } from '../../../../shared/formats/import/types';
import type { MarkdownJournalData } from '../../../../shared/formats/markdown-journal';

/** Messages to the import/export worker, and its answers. */
export type WorkerRequest =
  | { type: 'parse'; files: ImportFile[] }
  | { type: 'export'; data: MarkdownJournalData; generatedAt: string; folder: string };

export type WorkerResponse =
  | { ok: true; type: 'parse'; preview: ImportPreview }
  | { ok: true; type: 'export'; zip: Uint8Array; files: number }
  | { ok: false; message: string };
