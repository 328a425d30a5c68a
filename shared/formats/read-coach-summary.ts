import { BACKUP_FORMAT } from './backup';
import {
  COACH_SUMMARY_FORMAT,
  COACH_SUMMARY_VERSION,
  coachSummaryV1Schema,
  type CoachSummary,
} from './coach-summary';
import { FormatError, problemsFromZod } from './problems';
import { readVersionedDocument, upgradeDocument, type UpgradeSteps } from './read-format';

/** Upgrade steps for coach summaries, by the version they upgrade from (see BACKUP_UPGRADES). */
export const COACH_SUMMARY_UPGRADES: UpgradeSteps = {};

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
    upgrade: (raw) =>
      upgradeDocument(raw, COACH_SUMMARY_UPGRADES, COACH_SUMMARY_VERSION, 'This coach summary'),
  });
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
