import { BACKUP_FORMAT, checkFormatEnvelope } from './backup';
import {
  COACH_RESPONSE_FORMAT,
  COACH_RESPONSE_VERSION,
  coachResponseV1Schema,
  commentKey,
  type CoachResponse,
} from './coach-response';
import { COACH_SUMMARY_FORMAT } from './coach-summary';
import {
  FormatError,
  isRealDateTime,
  parseJsonText,
  problemsFromZod,
  type FormatProblem,
} from './problems';

/** Upgrade steps for coach responses, by the version they upgrade from (see BACKUP_UPGRADES). */
export const COACH_RESPONSE_UPGRADES: Readonly<
  Record<number, (document: Record<string, unknown>) => Record<string, unknown>>
> = {};

/**
 * Reads a coach response completely before anything is shown or written: JSON, format, version,
 * every field, dates that exist, one comment per objective or entry. Throws a FormatError naming
 * the problem. Whether it answers one of the person's own summaries is checked against the
 * database afterwards (renderer/src/db/repo/coachResponses.ts).
 */
export function readCoachResponse(text: string): CoachResponse {
  const raw = parseJsonText(text, 'a coach response');
  let document = checkFormatEnvelope(raw, {
    format: COACH_RESPONSE_FORMAT,
    version: COACH_RESPONSE_VERSION,
    label: 'a Grove coach response',
    otherFormats: {
      [BACKUP_FORMAT]:
        'This is a full Grove backup, not a coach response. Restore or merge it under "Full backup" instead. Nothing was changed.',
      [COACH_SUMMARY_FORMAT]:
        'This is a coach summary, not a response to one. Open it under "Open a coach summary" to read or answer it. Nothing was changed.',
    },
  });
  while ((document['version'] as number) < COACH_RESPONSE_VERSION) {
    const step = COACH_RESPONSE_UPGRADES[document['version'] as number];
    if (!step)
      throw new FormatError('This coach response is from a version Grove can no longer read.');
    document = step(document);
  }
  const parsed = coachResponseV1Schema.safeParse(document);
  if (!parsed.success) refuse(problemsFromZod(parsed.error));
  const response = parsed.data;

  const problems: FormatProblem[] = [];
  if (!isRealDateTime(response.respondedAt))
    problems.push({ where: 'respondedAt', message: 'is not a date that exists' });
  if (!isRealDateTime(response.summary.generatedAt))
    problems.push({ where: 'summary.generatedAt', message: 'is not a date that exists' });
  if (response.summary.period.from > response.summary.period.to)
    problems.push({ where: 'summary.period', message: 'ends before it starts' });
  const seen = new Set<string>();
  response.comments.forEach((comment, i) => {
    const key = commentKey(comment.about);
    if (seen.has(key))
      problems.push({
        where: `comments[${i}].about`,
        message: `is a second comment on the same ${comment.about.type}`,
      });
    seen.add(key);
  });
  if (problems.length > 0) refuse(problems);
  return response;
}

function refuse(problems: FormatProblem[]): never {
  const [first] = problems;
  throw new FormatError(
    `This coach response has a problem at ${first?.where ?? 'the file'}: ${first?.message ?? 'invalid'}. Nothing was changed.`,
    problems.slice(0, 5),
  );
}
