/** Compile-time exhaustiveness check for `switch` over unions: a missing case fails to type-check. */
export function assertNever(value: never, message = 'Unexpected value'): never {
  throw new Error(`${message}: ${JSON.stringify(value)}`);
}
