/**
 * Three-way merge of one stored record, field by field, for saves that started from an older
 * revision (a second window or tab, a write-ahead log replay, an unlink made meanwhile).
 *
 * - `base` is the revision the editor started from, `mine` what the editor wants to write,
 *   `theirs` what the database holds now.
 * - A field only `mine` changed takes `mine`; a field only `theirs` changed keeps `theirs`; a field
 *   both changed to the same value takes it.
 * - A field both changed differently is a conflict: `mine` wins (the person is looking at it), and
 *   the conflict is reported with the value it replaced, so the caller can keep that value
 *   somewhere (an entry's history) and say so. Nothing is dropped silently.
 * - `nested` fields (string maps such as prompt answers) merge key by key; `sets` fields (tags,
 *   linked ids) merge as sets: what one side added is added, what one side removed is removed.
 * - `keepTheirs` fields always keep the stored value (who may un-trash a record is not an editor's
 *   decision).
 *
 * Pure and generic: entries use it here, and meetings, reviews and objective forms use it too.
 */

export interface MergeConflict {
  /** The field, or `field.key` for a nested map. */
  path: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface MergeOptions<T> {
  /** Fields to merge; the default is every key of the three records. */
  fields?: readonly (keyof T & string)[];
  nested?: readonly (keyof T & string)[];
  sets?: readonly (keyof T & string)[];
  keepTheirs?: readonly (keyof T & string)[];
}

export interface MergeResult<T> {
  merged: T;
  /** Fields both sides changed differently; `mine` was kept. */
  conflicts: MergeConflict[];
  /** Fields whose merged value came from `theirs` (changed elsewhere, untouched here). */
  fromTheirs: string[];
}

/** Structural equality for JSON-like values (records as stored: no dates, maps or cycles). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

interface ValueMerge {
  value: unknown;
  conflict: boolean;
  fromTheirs: boolean;
}

function mergeValue(base: unknown, mine: unknown, theirs: unknown): ValueMerge {
  if (sameValue(mine, theirs)) return { value: mine, conflict: false, fromTheirs: false };
  if (sameValue(mine, base)) return { value: theirs, conflict: false, fromTheirs: true };
  if (sameValue(theirs, base)) return { value: mine, conflict: false, fromTheirs: false };
  return { value: mine, conflict: true, fromTheirs: false };
}

/** Set merge keeping order: the stored order first, then what `mine` added. */
export function mergeSet<V>(base: readonly V[], mine: readonly V[], theirs: readonly V[]): V[] {
  const has = (list: readonly V[], v: V) => list.some((x) => sameValue(x, v));
  const removedByMine = base.filter((v) => !has(mine, v));
  const addedByMine = mine.filter((v) => !has(base, v));
  const out: V[] = [];
  for (const v of [...theirs, ...addedByMine]) {
    if (has(removedByMine, v) && !has(addedByMine, v)) continue;
    if (!has(out, v)) out.push(v);
  }
  return out;
}

/** Key-by-key merge of a string-keyed map; a key both changed differently is a conflict. */
export function mergeMap(
  base: Readonly<Record<string, unknown>>,
  mine: Readonly<Record<string, unknown>>,
  theirs: Readonly<Record<string, unknown>>,
): { merged: Record<string, unknown>; conflicts: string[]; fromTheirs: boolean } {
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)]);
  const merged: Record<string, unknown> = {};
  const conflicts: string[] = [];
  let fromTheirs = false;
  for (const key of keys) {
    const has = (o: Readonly<Record<string, unknown>>) =>
      Object.prototype.hasOwnProperty.call(o, key);
    const result = mergeValue(
      has(base) ? base[key] : undefined,
      has(mine) ? mine[key] : undefined,
      has(theirs) ? theirs[key] : undefined,
    );
    if (result.conflict) conflicts.push(key);
    if (result.fromTheirs) fromTheirs = true;
    if (result.value !== undefined) merged[key] = result.value;
  }
  return { merged, conflicts, fromTheirs };
}

const asMap = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function mergeRecord<T extends object>(
  base: T,
  mine: T,
  theirs: T,
  options: MergeOptions<T> = {},
): MergeResult<T> {
  const b = base as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const fields =
    options.fields ??
    ([...new Set([...Object.keys(t), ...Object.keys(m)])] as (keyof T & string)[]);
  const merged: Record<string, unknown> = { ...t };
  const conflicts: MergeConflict[] = [];
  const fromTheirs: string[] = [];
  for (const field of fields) {
    if (options.keepTheirs?.includes(field)) {
      merged[field] = t[field];
      if (!sameValue(m[field], t[field])) fromTheirs.push(field);
      continue;
    }
    if (options.nested?.includes(field)) {
      const result = mergeMap(asMap(b[field]), asMap(m[field]), asMap(t[field]));
      merged[field] = result.merged;
      if (result.fromTheirs) fromTheirs.push(field);
      for (const key of result.conflicts) {
        conflicts.push({
          path: `${field}.${key}`,
          base: asMap(b[field])[key],
          mine: asMap(m[field])[key],
          theirs: asMap(t[field])[key],
        });
      }
      continue;
    }
    if (options.sets?.includes(field)) {
      const value = mergeSet(asList(b[field]), asList(m[field]), asList(t[field]));
      merged[field] = value;
      if (!sameValue(value, m[field])) fromTheirs.push(field);
      continue;
    }
    const result = mergeValue(b[field], m[field], t[field]);
    merged[field] = result.value;
    if (result.fromTheirs) fromTheirs.push(field);
    if (result.conflict)
      conflicts.push({ path: field, base: b[field], mine: m[field], theirs: t[field] });
  }
  return { merged: merged as T, conflicts, fromTheirs };
}
