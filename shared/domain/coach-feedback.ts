import { z } from 'zod';
import {
  COACH_MARK_LABELS,
  OVERALL_KEY,
  commentKey,
  type CoachMark,
  type CoachResponse,
} from '../formats/coach-response';
import type { CoachSummary } from '../formats/coach-summary';
import { LIMITS } from './limits';
import { idSchema, isoDateSchema, isoDateTimeSchema, type Entry } from './records';

/**
 * What Grove remembers of each coach summary it saved: its hash (to tell that a response answers
 * one of the person's own summaries, exactly as saved) and the titles of what was in it (to show
 * each comment beside what it is about, even after an objective is gone). No journal text.
 */
export const exportedSummarySchema = z.strictObject({
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  exportedAt: isoDateTimeSchema,
  generatedAt: isoDateTimeSchema,
  ownerName: z.string(),
  period: z.strictObject({ from: isoDateSchema, to: isoDateSchema }),
  objectives: z.array(z.strictObject({ id: idSchema, title: z.string() })),
  entries: z.array(
    z.strictObject({
      id: idSchema,
      date: isoDateSchema,
      kindLabel: z.string(),
      title: z.string(),
      objectiveIds: z.array(idSchema),
    }),
  ),
});
export type ExportedSummary = z.infer<typeof exportedSummarySchema>;

export function exportedSummaryRecord(
  summary: CoachSummary,
  hash: string,
  exportedAt: string,
): ExportedSummary {
  return {
    hash,
    exportedAt,
    generatedAt: summary.generatedAt,
    ownerName: summary.owner.name,
    period: { ...summary.period },
    objectives: summary.objectives.map((o) => ({ id: o.id, title: o.title })),
    entries: summary.entries.map((e) => ({
      id: e.id,
      date: e.date,
      kindLabel: e.kindLabel,
      title: e.title,
      objectiveIds: [...e.objectiveIds],
    })),
  };
}

/** One comment of a response, ready to preview and to import. */
export interface PlannedFeedback {
  /** `objective:<id>`, `entry:<id>` or `overall`. */
  key: string;
  about:
    | { type: 'objective'; id: string; title: string; exists: boolean }
    | { type: 'entry'; id: string; title: string; date: string; exists: boolean }
    | { type: 'overall'; title: string };
  mark: CoachMark | null;
  text: string;
  /** Said to the person when the comment cannot be linked as the coach meant. */
  note: string | null;
  /** Already in the journal (imported before, maybe since moved to the trash): never added again. */
  alreadyImported: boolean;
  entry: Entry;
}

export interface JournalLookup {
  /** Objectives not in the trash, by id. */
  liveObjectives: ReadonlyMap<string, { title: string }>;
  /** Entries not in the trash. */
  liveEntryIds: ReadonlySet<string>;
  /** Entry ids already taken (the deterministic ids of this response's comments). */
  existingIds: ReadonlySet<string>;
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
const quote = (text: string) => `“${text.trim() || 'untitled'}”`;

/**
 * Maps a validated response, checked against the summary it answers, to "Feedback received"
 * entries: from the coach, linked to the objective (an entry comment to the entry's objectives),
 * the mark as a tag, private. Pure: ids are given (see `feedbackEntryId`), so it is tested as is.
 */
export function planCoachFeedback(
  response: CoachResponse,
  record: ExportedSummary,
  lookup: JournalLookup,
  ids: ReadonlyMap<string, string>,
  today: string,
  now: string,
): PlannedFeedback[] {
  const coach = response.responder.name;
  const responded = response.respondedAt.slice(0, 10);
  const intro = `${coach} responded on ${responded} to your coach summary for ${record.period.from} to ${record.period.to}.`;
  const objectiveTitles = new Map(record.objectives.map((o) => [o.id, o.title]));
  const entriesById = new Map(record.entries.map((e) => [e.id, e]));

  const make = (
    key: string,
    title: string,
    context: string,
    text: string,
    mark: CoachMark | null,
    objectiveIds: string[],
  ): Entry => {
    const id = ids.get(key);
    if (!id) throw new Error(`No id for comment ${key}`);
    return {
      id,
      createdAt: now,
      updatedAt: now,
      deleted: 0,
      deletedAt: null,
      kind: 'feedback',
      date: today,
      title: clip(title, LIMITS.titleLength),
      body: '',
      answers: {
        from: coach,
        context: mark ? `${context}\nMarked: ${COACH_MARK_LABELS[mark]}.` : context,
        said: text,
        'will-do': '',
      },
      mood: null,
      energy: null,
      tags: mark ? ['coach', mark] : ['coach'],
      objectiveIds,
      sharing: 'private',
      shareSummary: '',
      meetingId: null,
    };
  };

  const planned: PlannedFeedback[] = response.comments.map((comment) => {
    const key = commentKey(comment.about);
    const alreadyImported = lookup.existingIds.has(ids.get(key) ?? '');
    if (comment.about.type === 'objective') {
      const live = lookup.liveObjectives.get(comment.about.id);
      const title = live?.title ?? objectiveTitles.get(comment.about.id) ?? 'an objective';
      const note = live
        ? null
        : `The objective ${quote(title)} is no longer in your journal, so this feedback is not linked to an objective.`;
      const context = [intro, `About your objective ${quote(title)}.`, note ?? '']
        .filter(Boolean)
        .join(' ');
      return {
        key,
        about: { type: 'objective', id: comment.about.id, title, exists: !!live },
        mark: comment.mark,
        text: comment.text,
        note,
        alreadyImported,
        entry: make(
          key,
          `Coach feedback: ${title}`,
          context,
          comment.text,
          comment.mark,
          live ? [comment.about.id] : [],
        ),
      };
    }
    const shared = entriesById.get(comment.about.id);
    const name = shared
      ? shared.title.trim() || `${shared.kindLabel} of ${shared.date}`
      : 'an entry';
    const exists = lookup.liveEntryIds.has(comment.about.id);
    const linked = (shared?.objectiveIds ?? []).filter((id) => lookup.liveObjectives.has(id));
    const lost = (shared?.objectiveIds ?? []).length - linked.length;
    const notes = [
      exists ? '' : 'That entry is no longer in your journal.',
      lost > 0
        ? `${lost === 1 ? 'An objective' : `${lost} objectives`} it was linked to ${lost === 1 ? 'is' : 'are'} no longer in your journal, so this feedback is not linked to ${lost === 1 ? 'it' : 'them'}.`
        : '',
    ].filter(Boolean);
    const note = notes.length ? notes.join(' ') : null;
    const context = [
      intro,
      `About your entry ${quote(name)} of ${shared?.date ?? 'the period'}.`,
      note ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      key,
      about: {
        type: 'entry',
        id: comment.about.id,
        title: name,
        date: shared?.date ?? record.period.from,
        exists,
      },
      mark: comment.mark,
      text: comment.text,
      note,
      alreadyImported,
      entry: make(
        key,
        `Coach feedback on ${quote(name)}`,
        context,
        comment.text,
        comment.mark,
        linked,
      ),
    };
  });

  if (response.overallNote.trim()) {
    const title = `Coach feedback on the summary for ${record.period.from} to ${record.period.to}`;
    planned.unshift({
      key: OVERALL_KEY,
      about: { type: 'overall', title: 'The whole summary' },
      mark: null,
      text: response.overallNote,
      note: null,
      alreadyImported: lookup.existingIds.has(ids.get(OVERALL_KEY) ?? ''),
      entry: make(OVERALL_KEY, title, intro, response.overallNote, null, []),
    });
  }
  return planned;
}

/** The keys a response's comments are imported under: every comment, and the overall note. */
export function feedbackKeys(response: CoachResponse): string[] {
  const keys = response.comments.map((c) => commentKey(c.about));
  if (response.overallNote.trim()) keys.unshift(OVERALL_KEY);
  return keys;
}

/** The deterministic name an imported comment's entry id is made from. */
export const feedbackIdName = (responseId: string, key: string) =>
  `grove.coach-response:${responseId}:${key}`;
