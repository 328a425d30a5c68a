/**
 * The sync folder as the core sees it: relative paths with `/` separators, inside `Grove Sync/`.
 * The desktop shell implements it over the real folder (electron/main/sync-folder.ts, paths
 * checked, atomic writes); tests implement it over temporary folders and a chaos transport.
 */
export interface SyncFolder {
  /** Every file below the sync folder (relative paths). */
  list(): Promise<string[]>;
  /** A file's text, or null when it is not there (any more). */
  read(path: string): Promise<string | null>;
  /** Writes a whole file atomically (temporary file, then rename). */
  write(path: string, content: string): Promise<void>;
  /** Removes one of this computer's own files; a missing file is not an error. */
  remove(path: string): Promise<void>;
}
