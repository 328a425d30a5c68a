import type { EntryKind } from '../records';
import { dayNumber, type Period } from './days';

export interface LedgerRow {
  id: string;
  date: string;
  kind: EntryKind;
  title: string;
  tags: readonly string[];
  objectiveIds: readonly string[];
}

export type ActedOnHow = 'objective' | 'experiment' | 'aar';

export interface FeedbackItem {
  id: string;
  date: string;
  title: string;
  tags: readonly string[];
  actedOn: boolean;
  /** How it was acted on: linked to an objective, or followed by an experiment or review. */
  how: ActedOnHow | null;
  /** The entry that followed it up (experiment or after-action review), if any. */
  followUpId: string | null;
  /** Days from the feedback to the follow-up (0 when linked to an objective at once). */
  daysToAct: number | null;
}

export interface FeedbackGroup {
  /** The tag, or null for feedback without tags. */
  tag: string | null;
  items: FeedbackItem[];
  actedOn: number;
}

/**
 * Every feedback-received entry in the period, with whether it was acted on: linked to an
 * objective (acted on the day it was written), or followed — on the same day or later — by an
 * experiment or after-action review sharing a tag or an objective (acted on when that was
 * written; the earliest such entry counts). Feedback imported from a coach is an ordinary
 * feedback entry and is treated the same way.
 */
export function feedbackLedger(rows: readonly LedgerRow[], period: Period): FeedbackItem[] {
  const followUps = rows
    .filter((r) => r.kind === 'experiment' || r.kind === 'aar')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const items: FeedbackItem[] = [];
  for (const f of rows) {
    if (f.kind !== 'feedback' || f.date < period.from || f.date > period.to) continue;
    const tags = new Set(f.tags);
    const objectives = new Set(f.objectiveIds);
    const follow = followUps.find(
      (e) =>
        e.date >= f.date &&
        (e.tags.some((t) => tags.has(t)) || e.objectiveIds.some((o) => objectives.has(o))),
    );
    const base = { id: f.id, date: f.date, title: f.title, tags: f.tags };
    if (f.objectiveIds.length > 0) {
      items.push({
        ...base,
        actedOn: true,
        how: 'objective',
        followUpId: follow?.id ?? null,
        daysToAct: 0,
      });
    } else if (follow) {
      items.push({
        ...base,
        actedOn: true,
        how: follow.kind === 'experiment' ? 'experiment' : 'aar',
        followUpId: follow.id,
        daysToAct: dayNumber(follow.date) - dayNumber(f.date),
      });
    } else {
      items.push({ ...base, actedOn: false, how: null, followUpId: null, daysToAct: null });
    }
  }
  return items.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : 0));
}

/** The ledger grouped by tag (an item with two tags is in both groups), most feedback first. */
export function groupByTag(items: readonly FeedbackItem[]): FeedbackGroup[] {
  const groups = new Map<string | null, FeedbackItem[]>();
  for (const item of items) {
    const keys = item.tags.length ? item.tags : [null];
    for (const key of keys) {
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(item);
    }
  }
  return [...groups]
    .map(([tag, list]) => ({ tag, items: list, actedOn: list.filter((i) => i.actedOn).length }))
    .sort(
      (a, b) =>
        b.items.length - a.items.length ||
        (a.tag === null ? 1 : b.tag === null ? -1 : a.tag.localeCompare(b.tag)),
    );
}
