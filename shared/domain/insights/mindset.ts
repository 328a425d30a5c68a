import { countMindsetLanguage } from '../nudge';
import type { EntryKind } from '../records';
import { monthOf, monthsBetween, type Period } from './days';

export interface MindsetRow {
  date: string;
  kind: EntryKind;
  /** The entry's own words: title, body and answers, joined. */
  text: string;
}

export interface MindsetMonth {
  month: string;
  /** Fixed-mindset phrases ("I can't …") the nudge recognises. */
  fixed: number;
  /** The same thoughts written with "yet". */
  yet: number;
  /** Growth-mindset reframe entries written. */
  reframes: number;
}

/**
 * Per month, how often the nudge's fixed-mindset phrases appear, against "yet" phrases and
 * reframes written. Counted from the text at analysis time: nothing is recorded while typing.
 */
export function mindsetByMonth(rows: readonly MindsetRow[], period: Period): MindsetMonth[] {
  const months = new Map<string, MindsetMonth>(
    monthsBetween(period.from, period.to).map((month) => [
      month,
      { month, fixed: 0, yet: 0, reframes: 0 },
    ]),
  );
  for (const row of rows) {
    if (row.date < period.from || row.date > period.to) continue;
    const bucket = months.get(monthOf(row.date));
    if (!bucket) continue;
    const counts = countMindsetLanguage(row.text);
    bucket.fixed += counts.fixed;
    bucket.yet += counts.yet;
    if (row.kind === 'reframe') bucket.reframes++;
  }
  return [...months.values()];
}

/** An entry's words for analysis: title, body and every guided answer. */
export function entryWords(entry: {
  title: string;
  body: string;
  answers: Readonly<Record<string, string>>;
}): string {
  return [entry.title, entry.body, ...Object.values(entry.answers)].join('\n');
}
