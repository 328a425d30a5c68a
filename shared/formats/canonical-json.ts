/**
 * JSON with object keys sorted, so the same records always give the same bytes: a backup of a
 * restored backup is identical to the original, and two backups can be compared with `diff`.
 * Arrays keep their order.
 *
 * Records restored from a backup are stored with their keys already in this order, so they are
 * checked first and, when nothing needs sorting, written by `JSON.stringify` alone: a backup of
 * twenty thousand entries spends its time reading, not re-ordering copies of every object.
 */
export function canonicalJson(value: unknown): string {
  return isCanonicalOrder(value) ? JSON.stringify(value) : JSON.stringify(value, sortKeys);
}

function sortKeys(_key: string, inner: unknown): unknown {
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(inner).sort())
    sorted[key] = (inner as Record<string, unknown>)[key];
  return sorted;
}

/**
 * True when every plain object in `value` lists its keys in sorted order (as `.sort()` orders
 * them) and nothing would be changed by `toJSON`, so plain `JSON.stringify` gives the same text.
 */
function isCanonicalOrder(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isCanonicalOrder);
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    // Integer-like keys are always listed first by the engine, whatever the order of insertion.
    if (i > 0 && !(keys[i - 1]! < key)) return false;
    if (/^\d/.test(key)) return false;
    if (!isCanonicalOrder(record[key])) return false;
  }
  return true;
}
