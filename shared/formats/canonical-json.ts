/**
 * JSON with object keys sorted, so the same records always give the same bytes: a backup of a
 * restored backup is identical to the original, and two backups can be compared with `diff`.
 * Arrays keep their order.
 *
 * Records restored from a backup are stored with their keys already in this order, so they are
 * checked first and, when nothing needs sorting, written by `JSON.stringify` alone: a backup of
 * twenty thousand entries spends its time reading, not re-ordering copies of every object.
 * Records that do need sorting are copied with sorted keys and then written by `JSON.stringify`.
 */
export function canonicalJson(value: unknown): string {
  if (isCanonicalOrder(value)) return JSON.stringify(value);
  const copy = sortedCopy(value);
  return copy === NOT_PLAIN ? JSON.stringify(value, sortKeys) : JSON.stringify(copy);
}

/**
 * The items of a list as canonical JSON, comma-separated (a JSON array's text without its
 * brackets). When every item is already in canonical order — records restored from a backup are —
 * the whole list is one `JSON.stringify`: no string per item to build, join and collect.
 */
export function canonicalJsonItems(values: readonly unknown[]): string {
  const items: unknown[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const item = isCanonicalOrder(value) ? value : sortedCopy(value);
    if (item === NOT_PLAIN) return values.map((v) => canonicalJson(v)).join(',');
    items[i] = item;
  }
  return JSON.stringify(items).slice(1, -1);
}

const NOT_PLAIN = Symbol('not plain data');

/**
 * A copy of plain data (objects, arrays, primitives) with every object's keys inserted in sorted
 * order, so `JSON.stringify` alone writes canonical JSON: much cheaper than a replacer, which is
 * called back for every value. NOT_PLAIN when the value holds anything else (a Date, a class),
 * for which the replacer, applied after `toJSON`, gives the exact text.
 */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = sortedCopy(value[i]);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      out[i] = item;
    }
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return NOT_PLAIN;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const inner = sortedCopy(record[key]);
    if (inner === NOT_PLAIN) return NOT_PLAIN;
    sorted[key] = inner;
  }
  return sorted;
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
    const first = key.charCodeAt(0);
    if (first >= 48 && first <= 57) return false;
    if (!isCanonicalOrder(record[key])) return false;
  }
  return true;
}
