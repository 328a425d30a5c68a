import type { Envelope } from '../util/result';

/** Journal files the person saves or opens through the native dialogs (exports, backups). */
export const FILES_IPC = {
  saveFile: 'grove:file:save',
  openFile: 'grove:file:open',
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
  content: string;
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

export interface FilesContract {
  [FILES_IPC.saveFile]: { args: [SaveFileRequest]; result: SaveFileResult };
  [FILES_IPC.openFile]: { args: [OpenFileRequest]; result: OpenFileResult };
}

export interface FilesBridge {
  saveFile(request: SaveFileRequest): Promise<Envelope<SaveFileResult>>;
  openFile(request: OpenFileRequest): Promise<Envelope<OpenFileResult>>;
}
