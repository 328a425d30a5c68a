// Part of `npm test`: runs `npm run bench -- --quick` once and checks that it works and that its
// last line is a complete JSON result. Timings are the benchmark's to report, not a test's to assert.
import { spawnSync } from 'node:child_process';
import process from 'node:process';

/** The figures of a pass: measured plain, and again with encryption on under `<key>Enc`. */
const PASS = [
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
const ENCRYPTION = [
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
const REQUIRED = [...OTHER, ...PASS, ...PASS.map((key) => `${key}Enc`), ...ENCRYPTION];
const WITH_RUNS = [
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
const MAY_BE_ZERO = new Set(
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

const started = Date.now();
const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--quick'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, BENCH_PORT: process.env.BENCH_PORT ?? '4191' },
});
const lines = (run.stdout ?? '').trim().split('\n');
const last = lines.at(-1) ?? '';
let result;
try {
  result = JSON.parse(last);
} catch {
  console.error(`bench smoke: the last line is not JSON: ${last.slice(0, 200)}`);
  process.exit(1);
}
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
  else if (!(spread[0] <= result[key] && result[key] <= spread[1]))
    problems.push(`${key} (median ${result[key]} outside its runs ${spread[0]}–${spread[1]})`);
}
if (run.status !== 0 || problems.length > 0) {
  console.error(lines.join('\n'));
  console.error(
    `bench smoke: failed (exit ${run.status}; missing, zero, not numbers or too few runs: ${problems.join(', ') || 'none'})`,
  );
  process.exit(1);
}
console.log(
  `bench smoke: ok — ${REQUIRED.length} figures for ${result.entries} entries in ${Math.round((Date.now() - started) / 1000)} s (npm run bench for the full run)`,
);
