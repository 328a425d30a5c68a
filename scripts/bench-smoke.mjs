// Part of `npm test`: runs `npm run bench -- --quick` once and checks that it works and that its
// last line is a complete JSON result. Timings are the benchmark's to report, not a test's to assert.
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const REQUIRED = [
  'entries',
  'startMs',
  'saveP50Ms',
  'saveP95Ms',
  'searchP50Ms',
  'searchP95Ms',
  'searchUsableMs',
  'searchIndexReadyMs',
  'longTasksWhileTyping',
  'bigEntryLongTasks',
  'keystrokeP95Ms',
  'keystrokeNewP95Ms',
  'backupExportMs',
  'restoreMs',
  'peakHeapMB',
  'bundleGzipKB',
  'rawBulkPutMs',
  'rawToArrayMs',
  'naiveSearchP95Ms',
];
/** Counts, which are rightly 0 on a good run; every other figure is a time or a size, never 0. */
const MAY_BE_ZERO = new Set(['longTasksWhileTyping', 'bigEntryLongTasks']);

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
const missing = REQUIRED.filter(
  (key) =>
    typeof result[key] !== 'number' ||
    !Number.isFinite(result[key]) ||
    result[key] < 0 ||
    (result[key] === 0 && !MAY_BE_ZERO.has(key)),
);
// Every figure is the median of at least three runs, with its spread under `runs`.
const thin = Object.entries(result.runs ?? {})
  .filter(([, spread]) => !Array.isArray(spread) || spread[2] < 3)
  .map(([key]) => key);
if (!result.runs) missing.push('runs');
missing.push(...thin.map((key) => `${key} (fewer than 3 runs)`));
if (run.status !== 0 || missing.length > 0) {
  console.error(lines.join('\n'));
  console.error(
    `bench smoke: failed (exit ${run.status}; missing, zero or not numbers: ${missing.join(', ') || 'none'})`,
  );
  process.exit(1);
}
console.log(
  `bench smoke: ok — ${REQUIRED.length} figures for ${result.entries} entries (npm run bench for the full run)`,
);
