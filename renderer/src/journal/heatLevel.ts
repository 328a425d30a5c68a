/** The shade of a day in the calendar and the heatmap, by its number of entries. */
export function level(count: number): number {
  if (count === 0) return 0;
  if (count === 1) return 1;
  if (count <= 3) return 2;
  return 3;
}
