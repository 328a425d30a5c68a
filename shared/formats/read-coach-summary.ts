import { BACKUP_FORMAT } from './backup';
import {
  COACH_SUMMARY_FORMAT,
  COACH_SUMMARY_VERSION,
  coachSummarySchema,
  type CoachSummary,
} from './coach-summary';
import { FormatError, problemsFromZod } from './problems';
import { readVersionedDocument } from './read-format';

/** Reads a coach summary completely before showing it; throws a FormatError naming the problem. */
export function readCoachSummary(text: string): CoachSummary {
  const document = readVersionedDocument(text, {
    format: COACH_SUMMARY_FORMAT,
    version: COACH_SUMMARY_VERSION,
    label: 'a Grove coach summary',
    otherFormats: {
      [BACKUP_FORMAT]:
        'This is a full Grove backup, not a coach summary. Restore or merge it under "Backup" instead.',
    },
    // Every version is read as written, never upgraded: the summary's hash (which a coach's
    // response names) is the hash of its exact content. See coachSummarySchema.
    upgrade: (raw) => raw,
  });
  const parsed = coachSummarySchema.safeParse(document);
  if (!parsed.success) {
    const [first] = problemsFromZod(parsed.error);
    throw new FormatError(
      `This coach summary has a problem at ${first?.where ?? 'the file'}: ${first?.message ?? 'invalid'}.`,
      problemsFromZod(parsed.error).slice(0, 5),
    );
  }
  return parsed.data;
}
