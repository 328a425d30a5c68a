export const nowIso = (): string => new Date().toISOString();

export const newId = (): string => crypto.randomUUID();

/** The fields every stored record carries (see shared/domain/records.ts). */
export function newRecordBase(now: string = nowIso()) {
  return { id: newId(), createdAt: now, updatedAt: now, deleted: 0 as const, deletedAt: null };
}

/**
 * `updatedAt` must move forward even when two writes land in the same millisecond, or a merge by
 * "newest wins" could pick the older one.
 */
export function nextUpdatedAt(previous: string | undefined, now: string = nowIso()): string {
  if (!previous || now > previous) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}
