import type { MarkdownJournalData } from '../../../../shared/formats/markdown-journal';
import { db } from '../db';

/**
 * Everything the Markdown export needs, read in one read transaction so the files agree with
 * each other (an entry and the objective it links to come from the same moment).
 */
export function readMarkdownJournalData(): Promise<MarkdownJournalData> {
  return db.transaction(
    'r',
    [
      db.entries,
      db.objectives,
      db.keyResults,
      db.activities,
      db.checkIns,
      db.series,
      db.meetings,
      db.actionItems,
    ],
    async () => ({
      entries: await db.entries.where('[deleted+date]').between([0, ''], [0, '\uffff']).toArray(),
      objectives: await db.objectives.toArray(),
      keyResults: await db.keyResults.toArray(),
      activities: await db.activities.toArray(),
      checkIns: await db.checkIns.toArray(),
      series: await db.series.toArray(),
      meetings: await db.meetings.toArray(),
      actionItems: await db.actionItems.toArray(),
    }),
  );
}
