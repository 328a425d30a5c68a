// The check behind `npm test`'s smoke run of the benchmark (scripts/bench-smoke.mjs): which keys
// the benchmark's JSON line must have, and what makes a figure unusable.

/** The figures of a pass: measured plain, and again with encryption on under `<key>Enc`. */
export const PASS = [
  'startMs',
  'startP95Ms',
  'saveP50Ms',
  'saveP95Ms',
  'historySaveP95Ms',
  'backupWithHistoryMB',
  'searchP50Ms',
  'searchP95Ms',
  'searchFinalP95Ms',
  'searchUsableMs',
  'searchIndexReadyMs',
  'longTasksWhileTyping',
  'longestTaskWhileTypingMs',
  'keystrokeNewP95Ms',
  'bigEntryLongTasks',
  'bigEntryLongestTaskMs',
  'keystrokeP95Ms',
  'backupExportMs',
  'backupExportP95Ms',
  'restoreMs',
  'restoreP95Ms',
  'backupMB',
  'peakHeapMB',
  'backupPageHeapMB',
];
/** Of those, the medians of runs, which must list their runs under `runs`. */
const PASS_MEDIANS = PASS.filter(
  (key) =>
    ![
      'startP95Ms',
      'backupWithHistoryMB',
      'longestTaskWhileTypingMs',
      'bigEntryLongestTaskMs',
      'backupExportP95Ms',
      'restoreP95Ms',
      'backupMB',
      'peakHeapMB',
      'backupPageHeapMB',
    ].includes(key),
);
/** Encryption's own figures (no plain twin), each a median of runs. */
export const ENCRYPTION = [
  'kdfMs',
  'unlockMs',
  'unlockToFirstEntriesMs',
  'encryptJournalMs',
  'decryptJournalMs',
  'restorePlainMsEnc',
  'restoreEncMs',
];
const OTHER = [
  'entries',
  'objectives',
  'rawBulkPutMs',
  'rawToArrayMs',
  'naiveSearchP95Ms',
  'bundleGzipKB',
  'insightsMs',
  'insightsFullMs',
  'insightsLongTasks',
  'insightsLongestTaskMs',
  'todayLessonsP50Ms',
  'todayLessonsP95Ms',
  'markdownExportMs',
  'markdownExportEntries',
  'markdownExportMB',
  'importDayOneEntries',
  'importPreviewMs',
  'importMs',
  'importLongTasks',
  'importLongestTaskMs',
  'syncFirstMs',
  'syncPushAllMs',
  'syncFirstDbMs',
  'syncApplyEditP50Ms',
  'syncApplyEditP95Ms',
  'syncLongTasks',
  'syncLongestTaskMs',
];
export const REQUIRED = [...OTHER, ...PASS, ...PASS.map((key) => `${key}Enc`), ...ENCRYPTION];
export const WITH_RUNS = [
  'rawBulkPutMs',
  'rawToArrayMs',
  'naiveSearchP95Ms',
  ...PASS_MEDIANS,
  ...PASS_MEDIANS.map((key) => `${key}Enc`),
  ...ENCRYPTION,
];
/**
 * Long-task counts and the longest of them, which are rightly 0 on a good run; every other
 * figure is a time, a size or a count of records, never 0.
 */
export const MAY_BE_ZERO = new Set(
  ['longTasksWhileTyping', 'longestTaskWhileTypingMs', 'bigEntryLongTasks', 'bigEntryLongestTaskMs']
    .flatMap((key) => [key, `${key}Enc`])
    .concat([
      'insightsLongTasks',
      'insightsLongestTaskMs',
      'importLongTasks',
      'importLongestTaskMs',
      'syncLongTasks',
      'syncLongestTaskMs',
    ]),
);

/**
 * What is wrong with a benchmark result (the parsed last line), one message per problem: a key
 * missing, not a finite number, negative or 0 where 0 cannot be a measurement; a median without
 * its runs, with fewer than three runs, or outside its own min and max. Empty when it is usable.
 */
export function benchResultProblems(result) {
  const problems = REQUIRED.filter(
    (key) =>
      typeof result[key] !== 'number' ||
      !Number.isFinite(result[key]) ||
      result[key] < 0 ||
      (result[key] === 0 && !MAY_BE_ZERO.has(key)),
  ).map((key) => `${key} (${JSON.stringify(result[key])})`);
  // Every figure is the median of at least three runs, with its spread under `runs`.
  const runs = result.runs ?? {};
  if (!result.runs) problems.push('runs');
  for (const key of WITH_RUNS) if (!(key in runs)) problems.push(`${key} (no runs)`);
  for (const [key, spread] of Object.entries(runs)) {
    if (!Array.isArray(spread) || spread.length !== 3 || !(spread[2] >= 3))
      problems.push(`${key} (fewer than 3 runs)`);
    else if (
      typeof result[key] === 'number' &&
      !(spread[0] <= result[key] && result[key] <= spread[1])
    )
      problems.push(`${key} (median ${result[key]} outside its runs ${spread[0]}–${spread[1]})`);
  }
  return problems;
}
