import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classifyFindings,
  findingsFromSarif,
  type AllowList,
} from '../../../scripts/security-scan.mjs';

const sarif = (results: { ruleId: string; uri: string; line: number }[]) => ({
  runs: [
    {
      results: results.map((r) => ({
        ruleId: r.ruleId,
        message: { text: `${r.ruleId} message` },
        locations: [
          { physicalLocation: { artifactLocation: { uri: r.uri }, region: { startLine: r.line } } },
        ],
      })),
    },
  ],
});

const sources: Record<string, string[]> = {
  'main/index.js': [
    'const a = 1;',
    'if (isExternalLinkAllowed(url)) shell.openExternal(url);',
    'shell.openExternal(untrusted);',
  ],
  'preload/index.js': ['new BrowserWindow({ webPreferences: { nodeIntegration: true } })'],
};
const read = (file: string, line: number) => sources[file]?.[line - 1] ?? '';

const allowList: AllowList = {
  excludedChecks: [],
  findings: [
    {
      check: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'main/index.js',
      snippet: 'if (isExternalLinkAllowed(url)) shell.openExternal(url);',
      reason: 'guarded by the allow check',
    },
  ],
};

describe('security scan: reading Electronegativity’s report', () => {
  it('explains a finding on the allow-listed line and fails an unguarded one', () => {
    const findings = findingsFromSarif(
      sarif([
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', uri: 'main/index.js', line: 2 },
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', uri: 'main/index.js', line: 3 },
        { ruleId: 'NODE_INTEGRATION_JS_CHECK', uri: 'preload/index.js', line: 1 },
      ]),
      read,
    );
    const result = classifyFindings(findings, allowList);
    expect(result.explained.map((f) => f.line)).toEqual([2]);
    expect(result.unexplained.map((f) => [f.check, f.line])).toEqual([
      ['OPEN_EXTERNAL_JS_CHECK', 3],
      ['NODE_INTEGRATION_JS_CHECK', 1],
    ]);
    expect(result.stale).toEqual([]);
  });

  it('reports an allow-list entry that matches nothing, so the list cannot go stale', () => {
    const result = classifyFindings([], allowList);
    expect(result.stale).toEqual(allowList.findings);
  });

  it('does not accept an entry without a reason', () => {
    const findings = findingsFromSarif(
      sarif([{ ruleId: 'OPEN_EXTERNAL_JS_CHECK', uri: 'main/index.js', line: 2 }]),
      read,
    );
    const noReason = { ...allowList, findings: [{ ...allowList.findings[0]!, reason: ' ' }] };
    expect(classifyFindings(findings, noReason).unexplained).toHaveLength(1);
  });

  it('an empty report is a pass', () => {
    expect(findingsFromSarif({ runs: [{ results: [] }] }, read)).toEqual([]);
  });

  it('the real allow-list gives a reason for every entry and exclusion', () => {
    const real = JSON.parse(readFileSync('scripts/security-allowlist.json', 'utf8')) as AllowList;
    for (const entry of [...real.findings, ...real.excludedChecks])
      expect(entry.reason.length, entry.check).toBeGreaterThan(40);
  });
});
