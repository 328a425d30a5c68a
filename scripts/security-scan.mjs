// Static security scan of the built main process and preload with Electronegativity. The tool
// exits 0 even when it finds problems, so this script reads its SARIF report and fails on any
// finding not explained in scripts/security-allowlist.json (and on allow-list entries that no
// longer match anything, so the list cannot go stale).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Reduces a SARIF report to findings with the flagged source line. */
export function findingsFromSarif(sarif, readSource) {
  const results = sarif.runs?.flatMap((run) => run.results ?? []) ?? [];
  return results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const file = location?.artifactLocation?.uri ?? '';
    const line = location?.region?.startLine ?? 0;
    return {
      check: result.ruleId,
      file,
      line,
      message: result.message?.text ?? '',
      source: readSource(file, line),
    };
  });
}

/** Splits findings into explained and unexplained; also returns allow-list entries never used. */
export function classifyFindings(findings, allowList) {
  const used = new Set();
  const explained = [];
  const unexplained = [];
  for (const finding of findings) {
    const entry = allowList.findings.find(
      (e) =>
        e.check === finding.check &&
        e.file === finding.file &&
        typeof e.reason === 'string' &&
        e.reason.trim().length > 0 &&
        finding.source.includes(e.snippet),
    );
    if (entry) {
      used.add(entry);
      explained.push({ ...finding, reason: entry.reason });
    } else unexplained.push(finding);
  }
  const stale = allowList.findings.filter((e) => !used.has(e));
  return { explained, unexplained, stale };
}

function sourceReader(dir) {
  const cache = new Map();
  return (file, line) => {
    const full = path.join(dir, file);
    if (!file || !existsSync(full)) return '';
    if (!cache.has(full)) cache.set(full, readFileSync(full, 'utf8').split('\n'));
    const lines = cache.get(full);
    // Multi-line findings: the flagged line and the few after it.
    return lines.slice(Math.max(0, line - 1), line + 3).join('\n');
  };
}

function run() {
  const out = path.join(root, 'out');
  for (const part of ['main/index.js', 'preload/index.js', 'renderer/index.html']) {
    if (!existsSync(path.join(out, part))) {
      console.error(`security scan: out/${part} is missing; run \`electron-vite build\` first.`);
      process.exit(1);
    }
  }
  // Scan exactly what ships from main and preload, plus the page whose CSP they enforce (the
  // renderer's bundled JavaScript is a web page, not Electron code, and would only add noise).
  const scanDir = mkdtempSync(path.join(tmpdir(), 'grove-scan-'));
  cpSync(path.join(out, 'main'), path.join(scanDir, 'main'), { recursive: true });
  cpSync(path.join(out, 'preload'), path.join(scanDir, 'preload'), { recursive: true });
  cpSync(path.join(out, 'renderer/index.html'), path.join(scanDir, 'index.html'));

  const allowList = JSON.parse(
    readFileSync(path.join(root, 'scripts/security-allowlist.json'), 'utf8'),
  );
  const require = createRequire(import.meta.url);
  const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
  const electronVersion = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8'),
  ).version;
  const report = path.join(scanDir, 'report.sarif');
  const args = [
    cli,
    '-i',
    scanDir,
    '-o',
    report,
    '-r',
    '-e',
    electronVersion,
    '-x',
    allowList.excludedChecks.map((e) => e.check).join(','),
  ];
  const scan = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en-US' },
  });
  if (scan.status !== 0 || !existsSync(report)) {
    console.error('security scan: Electronegativity did not run:\n' + scan.stdout + scan.stderr);
    process.exit(1);
  }
  const findings = findingsFromSarif(
    JSON.parse(readFileSync(report, 'utf8')),
    sourceReader(scanDir),
  );
  rmSync(scanDir, { recursive: true, force: true });

  const { explained, unexplained, stale } = classifyFindings(findings, allowList);
  for (const f of explained) console.log(`  explained  ${f.check} ${f.file}:${f.line}`);
  for (const e of allowList.excludedChecks) console.log(`  excluded   ${e.check}: ${e.reason}`);
  for (const f of unexplained)
    console.error(
      `  FINDING    ${f.check} ${f.file}:${f.line} ${f.message}\n             ${f.source.split('\n')[0]?.trim()}`,
    );
  for (const e of stale)
    console.error(
      `  STALE      allow-list entry ${e.check} ${e.file} "${e.snippet}" matches nothing`,
    );
  if (unexplained.length || stale.length) {
    console.error(
      `security scan: ${unexplained.length} unexplained finding(s), ${stale.length} stale allow-list entr(ies). ` +
        'Fix the code, or explain the finding in scripts/security-allowlist.json.',
    );
    process.exit(1);
  }
  console.log(`security scan: ${findings.length} finding(s), all explained in the allow-list.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) run();
