import type { EntityTable, IDType } from 'dexie';
import { db } from '../db';

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

interface SoftDeletable {
  updatedAt: string;
  deleted: 0 | 1;
  deletedAt: string | null;
}

/**
 * The one soft delete: the record stays, marked deleted and dated (so the trash can bring it back,
 * and a merge or a later sync sees the deletion as the newest change).
 */
export function asDeleted<T extends SoftDeletable>(record: T, now: string = nowIso()): T {
  return { ...record, deleted: 1, deletedAt: now, updatedAt: nextUpdatedAt(record.updatedAt, now) };
}

/** The record brought back from the trash. */
export function asRestored<T extends SoftDeletable>(record: T, now: string = nowIso()): T {
  return {
    ...record,
    deleted: 0,
    deletedAt: null,
    updatedAt: nextUpdatedAt(record.updatedAt, now),
  };
}

/**
 * Soft-deletes one record by id in its own transaction; a missing or already deleted record is
 * left as it is. Returns whether it was deleted now.
 */
export async function softDelete<T extends SoftDeletable & { id: string }>(
  table: EntityTable<T, 'id'>,
  id: string,
): Promise<boolean> {
  return db.transaction('rw', table, async () => {
    const existing = await table.get(id as IDType<T, 'id'>);
    if (!existing || existing.deleted === 1) return false;
    await table.put(asDeleted(existing));
    return true;
  });
}
