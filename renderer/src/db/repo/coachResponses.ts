import {
  exportedSummaryRecord,
  exportedSummarySchema,
  feedbackIdName,
  feedbackKeys,
  planCoachFeedback,
  type ExportedSummary,
  type PlannedFeedback,
} from '../../../../shared/domain/coach-feedback';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { entrySchema, type Entry, type Objective } from '../../../../shared/domain/records';
import type { CoachResponse } from '../../../../shared/formats/coach-response';
import type { CoachSummary } from '../../../../shared/formats/coach-summary';
import { FormatError } from '../../../../shared/formats/problems';
import { coachSummaryHash, uuidFromName } from '../../../../shared/formats/summary-hash';
import { db } from '../db';
import { nowIso } from './records';
import { readSettings } from './settings';
import { validate } from './validation';

/**
 * The coach loop: remembering which summaries were saved, and taking a coach's response
 * back in as "Feedback received" entries — checked completely first, written in one transaction,
 * and idempotent (each comment's entry id is derived from the response id and what it is about).
 */

/** Remembers a saved summary by its content hash; saving the same snapshot twice keeps one record. */
export async function recordExportedSummary(
  summary: CoachSummary,
  now: string = nowIso(),
): Promise<string> {
  const hash = await coachSummaryHash(summary);
  const record = validate(
    exportedSummarySchema,
    exportedSummaryRecord(summary, hash, now),
    'Coach summary record',
  );
  await db.coachExports.put(record);
  return hash;
}

export function exportedSummaries(): Promise<ExportedSummary[]> {
  return db.coachExports.orderBy('exportedAt').reverse().toArray();
}

const fail = (message: string): never => {
  throw new FormatError(`${message} Nothing was changed.`);
};

/**
 * Finds the saved summary a response answers, or says clearly why it answers none of this
 * person's: another person's summary, a summary changed since (hash mismatch), one never saved
 * here, or a response that speaks of things the summary did not contain.
 */
async function summaryAnswered(response: CoachResponse): Promise<ExportedSummary> {
  const claimed = response.summary;
  const record = await db.coachExports.get(claimed.hash);
  if (!record) {
    const sameSnapshot = (await db.coachExports.toArray()).find(
      (r) =>
        r.ownerName === claimed.owner.name &&
        r.generatedAt === claimed.generatedAt &&
        r.period.from === claimed.period.from &&
        r.period.to === claimed.period.to,
    );
    if (sameSnapshot)
      fail(
        `This response names your summary for ${claimed.period.from} to ${claimed.period.to}, but its hash does not match the summary you saved: the summary or the response was changed after it was saved.`,
      );
    const me = (await readSettings()).name.trim();
    const owner = claimed.owner.name.trim();
    if (owner !== me)
      fail(
        `This response answers a summary of ${owner ? `“${owner}”` : 'someone with no name'}${me ? `, not yours (“${me}”)` : ', not one of yours'}.`,
      );
    return fail(
      `This response answers a summary for ${claimed.period.from} to ${claimed.period.to} that was not saved from this journal, so Grove cannot tell it is yours. Only responses to summaries saved here can be taken in.`,
    );
  }
  if (
    record.ownerName !== claimed.owner.name ||
    record.generatedAt !== claimed.generatedAt ||
    record.period.from !== claimed.period.from ||
    record.period.to !== claimed.period.to
  )
    fail(
      'This response names one of your summaries by its hash, but its period, owner or date do not match that summary: the file was changed.',
    );
  const objectiveIds = new Set(record.objectives.map((o) => o.id));
  const entryIds = new Set(record.entries.map((e) => e.id));
  response.comments.forEach((comment, i) => {
    const known = comment.about.type === 'objective' ? objectiveIds : entryIds;
    if (!known.has(comment.about.id))
      fail(
        `comments[${i}] is about ${comment.about.type === 'objective' ? 'an objective' : 'an entry'} that was not in the summary it answers: the file was changed.`,
      );
  });
  return record;
}

/** Entry ids for every comment of a response; computed before a transaction (hashing is async). */
async function idsFor(response: CoachResponse): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const key of feedbackKeys(response))
    ids.set(key, await uuidFromName(feedbackIdName(response.responseId, key)));
  return ids;
}

/** Reads what the plan needs, inside the caller's transaction or on its own. */
async function planFor(
  response: CoachResponse,
  record: ExportedSummary,
  ids: Map<string, string>,
  today: string,
  now: string,
): Promise<PlannedFeedback[]> {
  const objectiveIds = [
    ...new Set([
      ...record.objectives.map((o) => o.id),
      ...record.entries.flatMap((e) => e.objectiveIds),
    ]),
  ];
  const objectives = (await db.objectives.bulkGet(objectiveIds)).filter(
    (o): o is Objective => !!o && o.deleted === 0,
  );
  const aboutEntries = response.comments
    .filter((c) => c.about.type === 'entry')
    .map((c) => c.about.id);
  const liveEntryIds = new Set(
    (await db.entries.bulkGet(aboutEntries))
      .filter((e): e is Entry => !!e && e.deleted === 0)
      .map((e) => e.id),
  );
  const taken = await db.entries.bulkGet([...ids.values()]);
  // An imported comment the person later deleted for good stays deleted: its tombstone counts.
  const gone = await db.tombstones.bulkGet([...ids.values()]);
  const existingIds = new Set([
    ...taken.filter((e): e is Entry => !!e).map((e) => e.id),
    ...gone.filter((t) => !!t).map((t) => t!.id),
  ]);
  return planCoachFeedback(
    response,
    record,
    {
      liveObjectives: new Map(objectives.map((o) => [o.id, { title: o.title }])),
      liveEntryIds,
      existingIds,
    },
    ids,
    today,
    now,
  );
}

export interface ResponsePreview {
  record: ExportedSummary;
  items: PlannedFeedback[];
}

/** Checks a validated response against this journal and shows what importing would add. */
export async function previewCoachResponse(
  response: CoachResponse,
  options: { today?: string; now?: string } = {},
): Promise<ResponsePreview> {
  const ids = await idsFor(response);
  const record = await summaryAnswered(response);
  const items = await planFor(
    response,
    record,
    ids,
    options.today ?? todayIsoDate(),
    options.now ?? nowIso(),
  );
  return { record, items };
}

export interface FeedbackImportResult {
  added: Entry[];
  /** Chosen comments already in the journal from an earlier import. */
  alreadyThere: number;
}

/**
 * Imports the chosen comments (keys from the preview) as "Feedback received" entries in ONE
 * transaction: the check is repeated inside it, every entry is validated before any is written,
 * and comments already imported are skipped, so importing the same response twice adds nothing.
 */
export async function importCoachFeedback(
  response: CoachResponse,
  chosenKeys: readonly string[],
  options: { today?: string; now?: string } = {},
): Promise<FeedbackImportResult> {
  const known = new Set(feedbackKeys(response));
  for (const key of chosenKeys)
    if (!known.has(key)) throw new Error(`No comment ${key} in this response.`);
  const ids = await idsFor(response);
  const today = options.today ?? todayIsoDate();
  const now = options.now ?? nowIso();
  return db.transaction(
    'rw',
    [db.entries, db.tombstones, db.objectives, db.coachExports, db.settings],
    async () => {
      const record = await summaryAnswered(response);
      const plan = await planFor(response, record, ids, today, now);
      const chosen = plan.filter((item) => chosenKeys.includes(item.key));
      const fresh = chosen
        .filter((item) => !item.alreadyImported)
        .map((item) => validate(entrySchema, item.entry, 'Feedback entry'));
      if (fresh.length > 0) await db.entries.bulkAdd(fresh);
      return { added: fresh, alreadyThere: chosen.length - fresh.length };
    },
  );
}
