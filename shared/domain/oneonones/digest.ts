import { localDateOf } from '../dates';
import { isOverdue, isStale } from '../stale';
import type { ActionItem, CheckIn, Entry, Meeting, Objective } from '../records';
import { addDays, daysBetween, inPeriod, type Period } from './period';
import { entrySummary, firstAnswer, LESSON_PROMPT_IDS, oneLine, REFRAME_PROMPT_IDS } from './text';

export type DigestSourceType = 'entry' | 'checkIn' | 'actionItem' | 'objective';

export interface DigestPoint {
  /** Stable across renders: `type:id`, so "already on the agenda" can be told. */
  key: string;
  text: string;
  /** The day it happened (an entry's or check-in's date, a due or target date). */
  date: string | null;
  source: { type: DigestSourceType; id: string };
  /** For check-ins and objectives: the objective the point is about (to link to it). */
  objectiveId?: string;
}

export const DIGEST_SECTIONS = [
  'wins',
  'feedback',
  'lessons',
  'reframes',
  'checkIns',
  'attention',
  'actionItems',
] as const;
export type DigestSection = (typeof DIGEST_SECTIONS)[number];

export interface Digest {
  period: Period;
  sections: Record<DigestSection, DigestPoint[]>;
}

export interface DigestInput {
  period: Period;
  /** Live entries; only those dated inside the period are used (a back-dated entry counts by its date). */
  entries: readonly Entry[];
  /** Check-ins; only live ones dated inside the period become points. */
  checkIns: readonly CheckIn[];
  /** Per objective, the latest live check-in before the period (to show the change). */
  checkInsBefore: ReadonlyMap<string, CheckIn>;
  /** Per objective, the latest live check-in at all (to tell staleness). */
  latestCheckIns: ReadonlyMap<string, CheckIn>;
  objectives: readonly Objective[];
  /** Open action items (any series: the caller picks). */
  actionItems: readonly ActionItem[];
  /** The day to judge "stale" and "overdue" on. */
  today: string;
  staleAfterDays: number;
}

function entryPoint(entry: Entry, text = entrySummary(entry)): DigestPoint {
  return {
    key: `entry:${entry.id}`,
    text,
    date: entry.date,
    source: { type: 'entry', id: entry.id },
  };
}

function byDateThenKey(a: DigestPoint, b: DigestPoint): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || a.key.localeCompare(b.key);
}

function formatPercent(value: number): string {
  return `${Math.round(value)}%`;
}

/**
 * Everything worth raising at a 1:1, for one period. Pure: it reads only what it is given, so the
 * rules (which entries, which objectives count as stale) are proven by unit tests.
 */
export function assembleDigest(input: DigestInput): Digest {
  const { period } = input;
  const sections: Record<DigestSection, DigestPoint[]> = {
    wins: [],
    feedback: [],
    lessons: [],
    reframes: [],
    checkIns: [],
    attention: [],
    actionItems: [],
  };

  for (const entry of input.entries) {
    if (entry.deleted === 1 || !inPeriod(entry.date, period)) continue;
    switch (entry.kind) {
      case 'win':
        sections.wins.push(entryPoint(entry));
        break;
      case 'feedback':
        sections.feedback.push(entryPoint(entry));
        break;
      case 'aar':
      case 'experiment': {
        const lesson = firstAnswer(entry, LESSON_PROMPT_IDS);
        sections.lessons.push(entryPoint(entry, lesson ? oneLine(lesson) : entrySummary(entry)));
        break;
      }
      case 'reframe': {
        const reframe = firstAnswer(entry, REFRAME_PROMPT_IDS);
        sections.reframes.push(entryPoint(entry, reframe ? oneLine(reframe) : entrySummary(entry)));
        break;
      }
      case 'daily':
      case 'oneOnOne':
      case 'review':
      case 'note':
        break;
      default: {
        const never: never = entry.kind;
        throw new Error(`Unknown entry kind: ${String(never)}`);
      }
    }
  }

  const objectiveById = new Map(input.objectives.map((o) => [o.id, o]));
  for (const checkIn of input.checkIns) {
    if (checkIn.deleted === 1 || !inPeriod(checkIn.date, period)) continue;
    const objective = objectiveById.get(checkIn.objectiveId);
    if (!objective || objective.deleted === 1) continue;
    const before = input.checkInsBefore.get(checkIn.objectiveId);
    const change = before
      ? `${formatPercent(before.progress)} → ${formatPercent(checkIn.progress)}`
      : formatPercent(checkIn.progress);
    sections.checkIns.push({
      key: `checkIn:${checkIn.id}`,
      text: `${objective.title}: ${change}, confidence ${checkIn.confidence}/5`,
      date: checkIn.date,
      source: { type: 'checkIn', id: checkIn.id },
      objectiveId: objective.id,
    });
  }

  for (const objective of input.objectives) {
    if (objective.deleted === 1 || objective.status !== 'active') continue;
    const base = {
      key: `objective:${objective.id}`,
      source: { type: 'objective' as const, id: objective.id },
      objectiveId: objective.id,
    };
    if (isOverdue(objective, input.today)) {
      sections.attention.push({
        ...base,
        text: `${objective.title}: overdue since ${objective.targetDate}`,
        date: objective.targetDate!,
      });
      continue;
    }
    const latest = input.latestCheckIns.get(objective.id);
    const lastActivity = latest?.date ?? localDateOf(objective.createdAt);
    // The same rule as the objectives list (shared/domain/stale.ts).
    if (isStale(objective, latest?.date ?? null, input.today, input.staleAfterDays)) {
      const idle = daysBetween(lastActivity, input.today);
      sections.attention.push({
        ...base,
        text: latest
          ? `${objective.title}: no check-in for ${idle} days`
          : `${objective.title}: no check-in yet`,
        date: lastActivity,
      });
    }
  }

  for (const item of input.actionItems) {
    if (item.deleted === 1 || item.status !== 'open') continue;
    const owner = item.owner === 'me' ? 'Me' : 'Them';
    const overdue = item.dueDate !== null && item.dueDate < input.today;
    sections.actionItems.push({
      key: `actionItem:${item.id}`,
      text: `${owner}: ${oneLine(item.text)}${overdue ? ' (overdue)' : ''}`,
      date: item.dueDate,
      source: { type: 'actionItem', id: item.id },
    });
  }

  for (const section of DIGEST_SECTIONS) sections[section].sort(byDateThenKey);
  return { period, sections };
}

export type DigestPeriodReason = 'sinceLast' | 'firstMeeting' | 'chosen';

export interface DigestPeriod {
  period: Period;
  reason: DigestPeriodReason;
  previous: Meeting | null;
}

/**
 * The period a meeting's digest covers: from the day of the latest earlier meeting of the series
 * through the meeting's day, both included (a win written the morning after the last 1:1, or on
 * its very day after it ended, must not fall between two digests). With no earlier meeting, the
 * series cadence before the meeting stands in, and the UI says so.
 */
export function digestPeriodFor(
  meeting: Pick<Meeting, 'id' | 'date'>,
  seriesMeetings: readonly Meeting[],
  cadenceDays: number,
): DigestPeriod {
  let previous: Meeting | null = null;
  for (const m of seriesMeetings) {
    if (m.deleted === 1 || m.id === meeting.id || m.date >= meeting.date) continue;
    if (!previous || m.date > previous.date) previous = m;
  }
  if (previous) {
    return { period: { from: previous.date, to: meeting.date }, reason: 'sinceLast', previous };
  }
  return {
    period: { from: addDays(meeting.date, -cadenceDays), to: meeting.date },
    reason: 'firstMeeting',
    previous: null,
  };
}
