import { localDateOf } from '../../../../shared/domain/dates';
import { inPeriod as dayInPeriod } from '../../../../shared/domain/oneonones/period';
import { ENTRY_KIND_INFO } from '../../../../shared/domain/entry-kinds';
import { deriveObjectiveProgress, keyResultProgress } from '../../../../shared/domain/progress';
import type { ActionItem, Entry, EntryKind, Objective } from '../../../../shared/domain/records';
import { yearReview } from '../../../../shared/domain/insights/year-review';
import {
  COACH_SUMMARY_FORMAT,
  type CoachEntry,
  type CoachStats,
  type CoachSummary,
  type CoachSummaryV1,
} from '../../../../shared/formats/coach-summary';
import {
  coachYearReviewFrom,
  type CoachYearReview,
} from '../../../../shared/formats/coach-year-review';
import { db } from '../db';
import { lessonsApplied } from './insights';
import { liveObjectives } from './objectives';
import { entriesInPeriod } from './oneOnOneQueries';
import { nowIso } from './records';
import { readSettings } from './settings';

export interface CoachSelection {
  from: string;
  to: string;
  entryKinds: EntryKind[];
  objectiveIds: string[];
  includeActionItems: boolean;
  /** Add the year-in-review figures for the period (opt-in; off when absent). */
  includeYearReview?: boolean;
}

/** Objectives worth offering for a period: not in the trash, newest first by title. */
export async function objectivesForExport(): Promise<Objective[]> {
  const all = await liveObjectives();
  return all.sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * The text that leaves the machine for one shareable entry: its shareable summary when it has
 * one, else its body and answers. Private entries never reach this function.
 */
export function sharedTextOf(entry: Entry): { text: string; isSummary: boolean } {
  const summary = entry.shareSummary.trim();
  if (summary) return { text: summary, isSummary: true };
  const parts = [entry.body.trim(), ...Object.values(entry.answers).map((a) => a.trim())];
  return { text: parts.filter(Boolean).join('\n\n'), isSummary: false };
}

/**
 * Builds the coach summary for a selection. Reads only the period through the indexes (never
 * the whole journal). Only entries marked shareable are included; the stats count every entry
 * of the chosen kinds in the period but carry no text.
 */
export async function buildCoachSummary(
  selection: CoachSelection,
  options: { now?: string; appVersion?: string } = {},
): Promise<CoachSummary> {
  const { from, to } = selection;
  const kinds = new Set(selection.entryKinds);
  const settings = await readSettings();

  const inPeriod = (await entriesInPeriod({ from, to })).filter((entry) => kinds.has(entry.kind));
  inPeriod.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));

  const entries: CoachEntry[] = inPeriod
    .filter((entry) => entry.sharing === 'shareable')
    .map((entry) => {
      const { text, isSummary } = sharedTextOf(entry);
      return {
        id: entry.id,
        date: entry.date,
        kind: entry.kind,
        kindLabel: ENTRY_KIND_INFO[entry.kind].label,
        title: entry.title,
        text,
        isSummary,
        mood: entry.mood,
        energy: entry.energy,
        tags: entry.tags,
        objectiveIds: entry.objectiveIds.filter((id) => selection.objectiveIds.includes(id)),
      };
    });

  const chosen = (await db.objectives.bulkGet(selection.objectiveIds)).filter(
    (o): o is Objective => !!o && o.deleted === 0,
  );
  const keyResults = await db.keyResults
    .where('objectiveId')
    .anyOf(selection.objectiveIds)
    .toArray();
  const checkIns = await db.checkIns.where('objectiveId').anyOf(selection.objectiveIds).toArray();
  const objectives = chosen.map((objective) => {
    const krs = keyResults
      .filter((kr) => kr.objectiveId === objective.id && kr.deleted === 0)
      .sort((a, b) => a.order - b.order);
    const ownCheckIns = checkIns.filter((c) => c.objectiveId === objective.id);
    return {
      id: objective.id,
      title: objective.title,
      why: objective.why,
      orgGoal: objective.orgGoal,
      smart: objective.smart,
      status: objective.status,
      targetDate: objective.targetDate,
      achievedAt: objective.achievedAt,
      progress: deriveObjectiveProgress(krs, ownCheckIns),
      keyResults: krs.map((kr) => ({
        title: kr.title,
        measure: kr.measure,
        progress: Math.round(keyResultProgress(kr.measure) * 10) / 10,
      })),
      checkIns: ownCheckIns
        .filter((c) => c.deleted === 0 && c.date >= from && c.date <= to)
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((c) => ({
          date: c.date,
          progress: c.progress,
          confidence: c.confidence,
          blockers: c.blockers,
          note: c.note,
        })),
    };
  });

  const actionItems = selection.includeActionItems ? await actionItemsFor(selection) : [];
  const achieved = await db.objectives.where('[deleted+status]').equals([0, 'achieved']).toArray();
  const achievedInPeriod = achieved.filter(
    (o) => !!o.achievedAt && dayInPeriod(localDateOf(o.achievedAt), { from, to }),
  ).length;
  const figures = selection.includeYearReview
    ? await yearReviewFigures(selection, inPeriod, achieved)
    : null;

  const summary: Omit<CoachSummaryV1, 'version'> = {
    format: COACH_SUMMARY_FORMAT,
    generatedAt: options.now ?? nowIso(),
    generator: { name: 'Grove', version: options.appVersion ?? '0.0.0' },
    owner: { name: settings.name },
    period: { from, to },
    selection: {
      entryKinds: [...selection.entryKinds],
      objectiveIds: chosen.map((o) => o.id),
      includeActionItems: selection.includeActionItems,
    },
    objectives,
    entries,
    actionItems,
    stats: computeStats(inPeriod, entries.length, from, to, achievedInPeriod),
  };
  // Version 2 only for a summary that carries the figures: one without them stays version 1,
  // byte for byte as before, so a Grove (or a coach's validator) that knows only version 1 reads it.
  return figures ? { ...summary, version: 2, yearReview: figures } : { ...summary, version: 1 };
}

/**
 * The Year in review roll-up over the summary's period and chosen kinds. Private entries count
 * (as in the stats) but lend no tags: top tags come from shared entries only, and titles and
 * lesson text never leave (the section holds counts).
 */
async function yearReviewFigures(
  selection: CoachSelection,
  inPeriod: readonly Entry[],
  achieved: readonly Objective[],
): Promise<CoachYearReview> {
  const period = { from: selection.from, to: selection.to };
  const review = yearReview({
    label: `${period.from} to ${period.to}`,
    period,
    entries: inPeriod.map((e) => ({
      id: e.id,
      date: e.date,
      kind: e.kind,
      title: '',
      mood: e.mood,
      tags: e.sharing === 'shareable' ? e.tags : [],
    })),
    objectives: achieved,
    lessonsApplied: await lessonsApplied(period, new Set(selection.entryKinds)),
  });
  return coachYearReviewFrom(review);
}

/** Open items, and items finished within the period; the meeting they came from stays private. */
async function actionItemsFor(selection: CoachSelection) {
  const items = await db.actionItems
    .where('[deleted+status]')
    .between([0, ''], [0, '\uffff'])
    .toArray();
  return items
    .filter(
      (item: ActionItem) =>
        item.status === 'open' ||
        (item.completedAt !== null && dayInPeriod(localDateOf(item.completedAt), selection)),
    )
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
    .map((item) => ({
      text: item.text,
      owner: item.owner,
      dueDate: item.dueDate,
      status: item.status,
      objectiveId:
        item.objectiveId && selection.objectiveIds.includes(item.objectiveId)
          ? item.objectiveId
          : null,
      completedAt: item.completedAt,
    }));
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function mean(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return Math.round((present.reduce((s, v) => s + v, 0) / present.length) * 10) / 10;
}

export function computeStats(
  entries: readonly Pick<Entry, 'date' | 'kind' | 'mood' | 'energy'>[],
  sharedEntries: number,
  from: string,
  to: string,
  objectivesAchieved: number,
): CoachStats {
  const entriesByKind: CoachStats['entriesByKind'] = {};
  for (const entry of entries) entriesByKind[entry.kind] = (entriesByKind[entry.kind] ?? 0) + 1;

  const days = [...new Set(entries.map((e) => dayNumber(e.date)))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  days.forEach((day, i) => {
    run = i > 0 && days[i - 1] === day - 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  const last = dayNumber(to);
  const lastWritten = days[days.length - 1];
  const current = lastWritten !== undefined && lastWritten >= last - 1 ? run : 0;

  const trend: CoachStats['trend'] = [];
  for (let start = dayNumber(from); start <= last; start += 7) {
    const end = Math.min(start + 6, last);
    const bucket = entries.filter((e) => {
      const d = dayNumber(e.date);
      return d >= start && d <= end;
    });
    trend.push({
      from: isoOfDay(start),
      to: isoOfDay(end),
      entries: bucket.length,
      mood: mean(bucket.map((e) => e.mood)),
      energy: mean(bucket.map((e) => e.energy)),
    });
  }

  return {
    entriesTotal: entries.length,
    entriesByKind,
    sharedEntries,
    daysWritten: days.length,
    streak: { longest, current },
    mood: mean(entries.map((e) => e.mood)),
    energy: mean(entries.map((e) => e.energy)),
    trend,
    objectivesAchieved,
  };
}
