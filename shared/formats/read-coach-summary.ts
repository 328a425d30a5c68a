import { BACKUP_FORMAT, checkFormatEnvelope } from './backup';
import {
  COACH_SUMMARY_FORMAT,
  COACH_SUMMARY_VERSION,
  coachSummaryV1Schema,
  type CoachSummary,
} from './coach-summary';
import { FormatError, parseJsonText, problemsFromZod } from './problems';

/** Upgrade steps for coach summaries, by the version they upgrade from (see BACKUP_UPGRADES). */
export const COACH_SUMMARY_UPGRADES: Readonly<
  Record<number, (document: Record<string, unknown>) => Record<string, unknown>>
> = {};

/** Reads a coach summary completely before showing it; throws a FormatError naming the problem. */
export function readCoachSummary(text: string): CoachSummary {
  const raw = parseJsonText(text, 'a coach summary');
  let document = checkFormatEnvelope(raw, {
    format: COACH_SUMMARY_FORMAT,
    version: COACH_SUMMARY_VERSION,
    label: 'a Grove coach summary',
    otherFormats: {
      [BACKUP_FORMAT]:
        'This is a full Grove backup, not a coach summary. Restore or merge it under "Backup" instead.',
    },
  });
  while ((document['version'] as number) < COACH_SUMMARY_VERSION) {
    const step = COACH_SUMMARY_UPGRADES[document['version'] as number];
    if (!step)
      throw new FormatError('This coach summary is from a version Grove can no longer read.');
    document = step(document);
  }
  const parsed = coachSummaryV1Schema.safeParse(document);
  if (!parsed.success) {
    const [first] = problemsFromZod(parsed.error);
    throw new FormatError(
      `This coach summary has a problem at ${first?.where ?? 'the file'}: ${first?.message ?? 'invalid'}.`,
      problemsFromZod(parsed.error).slice(0, 5),
    );
  }
  return parsed.data;
}
