export const PASS: string[];
export const ENCRYPTION: string[];
export const REQUIRED: string[];
export const WITH_RUNS: string[];
export const MAY_BE_ZERO: Set<string>;
export function benchResultProblems(result: Record<string, unknown>): string[];
