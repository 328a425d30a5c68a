export interface Finding {
  check: string;
  file: string;
  line: number;
  message: string;
  source: string;
}
export interface AllowList {
  excludedChecks: { check: string; reason: string }[];
  findings: { check: string; file: string; snippet: string; reason: string }[];
}
export function findingsFromSarif(
  sarif: unknown,
  readSource: (file: string, line: number) => string,
): Finding[];
export function classifyFindings(
  findings: Finding[],
  allowList: AllowList,
): {
  explained: (Finding & { reason: string })[];
  unexplained: Finding[];
  stale: AllowList['findings'];
};
