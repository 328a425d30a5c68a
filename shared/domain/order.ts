/**
 * A position between two neighbours, for records ordered by a fractional `order`: a move rewrites
 * only the record that moved, so two devices reordering different items do not conflict.
 */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** The order that moves item `index` of a sorted list one step up (-1) or down (+1). */
export function orderForMove(
  orders: readonly number[],
  index: number,
  step: -1 | 1,
): number | null {
  const target = index + step;
  if (index < 0 || index >= orders.length || target < 0 || target >= orders.length) return null;
  // Moving up lands between the item above the neighbour and the neighbour; down, the mirror.
  return step === -1
    ? orderBetween(orders[target - 1], orders[target])
    : orderBetween(orders[target], orders[target + 1]);
}
