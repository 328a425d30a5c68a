/**
 * Edits of one item of an ordered list, by id. The repository applies them to the list as stored,
 * inside a transaction, so an edit never writes back a stale rendered copy (and two quick edits
 * never undo each other). Each returns the list unchanged when the item is not there.
 */

export function moveById<T extends { id: string }>(
  list: readonly T[],
  id: string,
  by: -1 | 1,
): T[] {
  const index = list.findIndex((item) => item.id === id);
  const target = index + by;
  if (index < 0 || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  return next;
}

export function removeById<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((item) => item.id !== id);
}

export function updateById<T extends { id: string }>(
  list: readonly T[],
  id: string,
  change: (item: T) => T,
): T[] {
  return list.map((item) => (item.id === id ? change(item) : item));
}
