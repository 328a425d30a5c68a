import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import type { Row } from './stats';

/**
 * Prints the benchmark's table — each figure's plain value and, beside it, its value in every
 * further pass (encryption on), then its target and floor — and, as the very last line of output,
 * one JSON object with every figure, so scripts can read it with `tail -n 1`.
 */
interface Table {
  passes: string[];
  rows: Row[];
}

export default class BenchReporter implements Reporter {
  private table: Table = { passes: [], rows: [] };
  private json: Record<string, unknown> | undefined;
  private failures: string[] = [];

  onStdOut(chunk: string | Buffer): void {
    process.stderr.write(chunk);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    for (const attachment of result.attachments) {
      if (attachment.name === 'bench-table' && attachment.body)
        this.table = JSON.parse(attachment.body.toString()) as Table;
      if (attachment.name === 'bench-results' && attachment.body)
        this.json = JSON.parse(attachment.body.toString()) as Record<string, unknown>;
    }
    if (result.status !== 'passed') {
      this.failures.push(`${test.title}: ${result.error?.message ?? result.status}`);
    }
  }

  /** Errors outside the test (the server could not start, a global time-out): a failed run. */
  onError(error: { message?: string }): void {
    this.failures.push(error.message ?? 'unknown error');
  }

  onEnd(): void {
    const { passes, rows } = this.table;
    if (rows.length > 0) {
      const header = ['measure', ...passes.map((p) => `Grove, ${p}`), 'target', 'floor (ratio)'];
      const cells = rows.map((row) => [
        row.label,
        row.value,
        ...passes.slice(1).map((_, i) => row.also?.[i] ?? ''),
        row.target,
        row.baseline,
      ]);
      const widths = header.map((h, i) =>
        Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)),
      );
      const line = (c: string[]) =>
        c
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join('  ')
          .trimEnd();
      console.log(line(header));
      console.log(line(widths.map((w) => '-'.repeat(w))));
      for (const c of cells) console.log(line(c));
    }
    for (const failure of this.failures) console.error(`bench failed: ${failure}`);
    console.log(JSON.stringify(this.json ?? { error: 'no results', failures: this.failures }));
  }

  printsToStdio(): boolean {
    return true;
  }
}
