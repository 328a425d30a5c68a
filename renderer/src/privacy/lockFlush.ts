/**
 * What must be saved before the keys are dropped: an open editor registers its flush here, and
 * locking awaits every one of them while the key is still in memory (the write-ahead log already
 * holds each keystroke, sealed, so even a failed flush loses nothing).
 */
type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

export function registerBeforeLock(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

export async function flushBeforeLock(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
