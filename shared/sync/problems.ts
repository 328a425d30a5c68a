/** What went wrong during a sync, in words for the person, with a code for tests and the UI. */
export type SyncProblemCode =
  | 'not-set-up'
  | 'not-arrived'
  | 'wrong-key'
  | 'auth-failed'
  | 'newer-version'
  | 'invalid-change'
  | 'folder-error';

export interface SyncProblem {
  code: SyncProblemCode;
  message: string;
  /** The file (relative to `Grove Sync/`) and position, where there is one. */
  file?: string;
  position?: number;
}

export const PROBLEM_TEXT = {
  wrongKey:
    'This computer’s key does not open the sync folder, so nothing was applied. The folder belongs to another journal: choose the right one, or set up sync again with the passphrase or recovery key of the journal that made it.',
  notArrived:
    'The sync folder has not fully arrived on this computer yet (its key file is missing). Grove will try again.',
  authFailed: (file: string, position: number) =>
    `A change in ${file} (position ${position}) failed its integrity check — it was damaged or altered — and was skipped. Everything else was applied.`,
  newerVersion:
    'Another computer runs a newer version of Grove and wrote changes this version cannot read. They are kept in the folder and will be applied once you update Grove.',
  invalidChange: (what: string) =>
    `A change from another computer was not valid and was skipped: ${what}.`,
} as const;
