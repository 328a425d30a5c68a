import type { z } from 'zod';

export interface FieldProblem {
  /** Dotted path of the field, e.g. `title` or `measure.target`. */
  field: string;
  message: string;
}

/** Thrown before any write when a record does not fit its schema; the message names the field. */
export class ValidationError extends Error {
  readonly problems: FieldProblem[];

  constructor(what: string, problems: FieldProblem[]) {
    const first = problems[0];
    super(first ? `${what}: ${first.field || 'value'} ${first.message}` : `${what} is invalid`);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    what,
    result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}
