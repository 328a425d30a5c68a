import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints the benchmark's table, then — as the very last line of output — one JSON object with
 * every figure, so scripts can read it with `tail -n 1`.
 */
interface Row {
  label: string;
  value: string;
  target: string;
  baseline: string;
}

export default class BenchReporter implements Reporter {
  private rows: Row[] = [];
  private json: Record<string, unknown> | undefined;
  private failures: string[] = [];

  onStdOut(chunk: string | Buffer): void {
    process.stderr.write(chunk);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    for (const attachment of result.attachments) {
      if (attachment.name === 'bench-table' && attachment.body)
        this.rows = JSON.parse(attachment.body.toString()) as Row[];
      if (attachment.name === 'bench-results' && attachment.body)
        this.json = JSON.parse(attachment.body.toString()) as Record<string, unknown>;
    }
    if (result.status !== 'passed') {
      this.failures.push(`${test.title}: ${result.error?.message ?? result.status}`);
    }
  }

  onEnd(): void {
    const widths = [40, 26, 20, 34];
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join(' ')
        .trimEnd();
    if (this.rows.length > 0) {
      console.log(line(['measure', 'Grove', 'target', 'baseline (ratio)']));
      console.log(line(widths.map((w) => '-'.repeat(w))));
      for (const row of this.rows)
        console.log(line([row.label, row.value, row.target, row.baseline]));
    }
    for (const failure of this.failures) console.error(`bench failed: ${failure}`);
    console.log(JSON.stringify(this.json ?? { error: 'no results', failures: this.failures }));
  }

  printsToStdio(): boolean {
    return true;
  }
}
