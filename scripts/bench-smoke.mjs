// Part of `npm test`: runs `npm run bench -- --quick` once and checks that it works and that its
// last line is a complete JSON result. Timings are the benchmark's to report, not a test's to assert.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { benchResultProblems, REQUIRED } from './bench-check.mjs';

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
const problems = benchResultProblems(result);
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
