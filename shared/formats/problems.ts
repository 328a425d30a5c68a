import type { z } from 'zod';

/**
 * Why a file was refused, written for the person who chose it. `where` names the place in the
 * file (e.g. `entries[12].date`) so a problem can be found and fixed by hand.
 */
export interface FormatProblem {
  where: string;
  message: string;
}

export class FormatError extends Error {
  readonly problems: FormatProblem[];
  constructor(message: string, problems: FormatProblem[] = []) {
    super(message);
    this.name = 'FormatError';
    this.problems = problems;
  }
}

/** Turns a zod path into `entries[12].date`, the way a person would point at it in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function problemsFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []) {
  return error.issues.map((issue) => ({
    where: formatPath([...prefix, ...issue.path]) || 'the file',
    message: issue.message,
  }));
}

/** Parses JSON text, telling apart an empty file, a truncated one and one that is not JSON. */
export function parseJsonText(text: string, what: string): unknown {
  if (text.trim() === '') throw new FormatError(`The file is empty: it is not ${what}.`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(detail);
    const atEnd = position ? Number(position[1]) >= text.trimEnd().length : false;
    if (atEnd || /end of (JSON )?input|Unterminated|Unexpected end/i.test(detail)) {
      throw new FormatError(
        `The file is cut short (truncated JSON): it ends before the data is complete. It may not have finished copying or downloading.`,
      );
    }
    throw new FormatError(`The file is not JSON, so it cannot be ${what}. (${detail})`);
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every date-time field a record may carry; the schema checks their shape, this checks the calendar. */
const DATE_TIME_FIELDS = ['createdAt', 'updatedAt', 'deletedAt', 'achievedAt', 'completedAt'];

export function impossibleDateTimeField(record: Record<string, unknown>): string | null {
  for (const field of DATE_TIME_FIELDS) {
    const value = record[field];
    if (typeof value !== 'string') continue;
    if (!isRealDateTime(value)) return field;
  }
  return null;
}

/** `2025-02-30T10:00:00Z` has the right shape but is not a day that exists. */
export function isRealDateTime(value: string): boolean {
  if (Number.isNaN(Date.parse(value))) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
