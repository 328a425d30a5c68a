import { db } from '../db';
import { isUnlocked, subscribeSession } from '../crypto/session';
import type { Entry } from '../../../../shared/domain/records';

/**
 * Tags of every entry, in memory, for when encryption is on: tags are sealed then, so the `*tags`
 * index holds nothing. Built once after unlock by one pass over the entries, kept current from
 * the change feed (the caller passes it in to avoid an import cycle), and dropped when the key
 * is dropped.
 */
let tagsById: Map<string, readonly string[]> | null = null;
let building: Promise<Map<string, readonly string[]>> | null = null;
const changedWhileBuilding = new Set<string>();
let generation = 0;

subscribeSession(() => {
  if (!isUnlocked()) {
    tagsById = null;
    building = null;
    changedWhileBuilding.clear();
    generation++;
  }
});

function apply(map: Map<string, readonly string[]>, ids: readonly string[], found: Entry[]) {
  for (const id of ids) map.delete(id);
  for (const entry of found) map.set(entry.id, entry.tags);
}

export function noteEntriesChanged(
  ids: readonly string[],
  read: (ids: readonly string[]) => Promise<Entry[]>,
): void {
  if (building) for (const id of ids) changedWhileBuilding.add(id);
  const map = tagsById;
  if (!map) return;
  const at = generation;
  void read(ids).then((found) => {
    if (at === generation && tagsById === map) apply(map, ids, found);
  });
}

export async function tagsInMemory(
  read: (ids: readonly string[]) => Promise<Entry[]>,
): Promise<Map<string, readonly string[]>> {
  if (tagsById) return tagsById;
  const at = generation;
  building ??= (async () => {
    const map = new Map<string, readonly string[]>();
    await db.entries.each((entry) => {
      if (entry.tags.length > 0) map.set(entry.id, entry.tags);
    });
    const late = [...changedWhileBuilding];
    changedWhileBuilding.clear();
    if (late.length > 0) apply(map, late, await read(late));
    if (at === generation) tagsById = map;
    building = null;
    return map;
  })();
  return building;
}
