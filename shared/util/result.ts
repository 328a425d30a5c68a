/**
 * Results crossing a process boundary travel as envelopes: a thrown Error loses its type and
 * fields when Electron serialises it, so failures are data.
 */
export type ErrorCode =
  | 'invalid-sender'
  | 'invalid-payload'
  | 'unknown-channel'
  | 'too-large'
  | 'io'
  | 'cancelled'
  | 'internal';

export interface EnvelopeError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: EnvelopeError };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string): Envelope<T> => ({
  ok: false,
  error: { code, message },
});
