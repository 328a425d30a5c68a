import type { Envelope } from '../util/result';

/** Journal files the person saves or opens through the native dialogs (exports, backups). */
export const FILES_IPC = {
  saveFile: 'grove:file:save',
  openFile: 'grove:file:open',
  /** Several files at once, as bytes (zips and Markdown notes to import). */
  openFiles: 'grove:file:open-many',
} as const;

/** Files the user saves or opens are capped well above a decade-long backup. */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** A bare file name; the user picks the folder in the native dialog. */
  suggestedName: string;
  /** Text, or bytes for a binary file (the Markdown export's zip). */
  content: string | Uint8Array;
  filters: FileFilter[];
}

export interface OpenFileRequest {
  filters: FileFilter[];
  /** Larger files are refused before they are read. */
  maxBytes: number;
}

export type SaveFileResult = { saved: true; fileName: string } | { saved: false };
export type OpenFileResult =
  { opened: true; fileName: string; content: string } | { opened: false };

export interface OpenFilesRequest {
  filters: FileFilter[];
  /** Several files may be picked (Markdown notes); a zip or JSON is usually one. */
  multiple: boolean;
  /** Checked before anything is read, for each file and for all of them together. */
  maxBytes: number;
}

export interface OpenedFile {
  fileName: string;
  bytes: Uint8Array;
}

export type OpenFilesResult = { opened: true; files: OpenedFile[] } | { opened: false };

export interface FilesContract {
  [FILES_IPC.openFiles]: { args: [OpenFilesRequest]; result: OpenFilesResult };
  [FILES_IPC.saveFile]: { args: [SaveFileRequest]; result: SaveFileResult };
  [FILES_IPC.openFile]: { args: [OpenFileRequest]; result: OpenFileResult };
}

export interface FilesBridge {
  saveFile(request: SaveFileRequest): Promise<Envelope<SaveFileResult>>;
  openFile(request: OpenFileRequest): Promise<Envelope<OpenFileResult>>;
  openFiles(request: OpenFilesRequest): Promise<Envelope<OpenFilesResult>>;
}
