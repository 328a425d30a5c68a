// `npm run bench [-- --quick] [-- --scale 100000]`: builds the renderer with the benchmark page and
// runs the benchmark in Chromium. The table goes to stdout; the very last line is one JSON object.
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : undefined;
if (scale !== undefined && !(Number.isInteger(scale) && scale > 0)) {
  console.error('bench: --scale takes a whole number of entries, for example --scale 100000');
  process.exit(2);
}

const env = {
  ...process.env,
  GROVE_BENCH: '1',
  BENCH_QUICK: quick ? '1' : '',
  BENCH_ENTRIES: String(scale ?? (quick ? 2_000 : 20_000)),
};

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const run = spawnSync('npx', ['playwright', 'test', '-c', 'test/bench/playwright.config.mts'], {
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
process.exit(run.status ?? 1);
