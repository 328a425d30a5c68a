import { useSyncExternalStore } from 'react';
import { encryptionMode } from '../db/crypto/session';
import { runConversion, type ConversionProgressReport } from './privacyService';

/**
 * The running conversion's progress, for the progress bar in Settings and the banner elsewhere.
 * UI state only: the resume point itself is stored in the privacy table with every batch.
 */
let progress: ConversionProgressReport | null = null;
let error: string | null = null;
const listeners = new Set<() => void>();

function set(next: ConversionProgressReport | null, nextError: string | null = null): void {
  progress = next;
  error = nextError;
  for (const fn of listeners) fn();
}

const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => listeners.delete(fn);
};

export function useConversion(): {
  progress: ConversionProgressReport | null;
  error: string | null;
} {
  const p = useSyncExternalStore(subscribe, () => progress);
  const e = useSyncExternalStore(subscribe, () => error);
  return { progress: p, error: e };
}

/** Runs (or resumes) the conversion if one is under way; resolves when it has finished. */
export async function continueConversion(): Promise<void> {
  const mode = encryptionMode();
  if (mode !== 'encrypting' && mode !== 'decrypting') return;
  set({ done: 0, total: 0, mode });
  try {
    await runConversion((report) => set(report));
    set(null);
  } catch (cause) {
    set(progress, cause instanceof Error ? cause.message : String(cause));
  }
}
