import { canonicalJson } from './canonical-json';
import type { CoachSummary } from './coach-summary';

/**
 * Hashes with WebCrypto (in the renderer, in Electron and in Node alike): no hand-written crypto.
 */
async function sha256(text: string): Promise<Uint8Array> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return new Uint8Array(digest);
}

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(text: string): Promise<string> {
  return hex(await sha256(text));
}

/** The form a Content-Security-Policy `'sha256-…'` source takes: base64 of the digest. */
export async function sha256Base64(text: string): Promise<string> {
  const bytes = await sha256(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * The identity of a coach summary: SHA-256 of its canonical JSON (keys sorted), so the JSON file,
 * the web page made from the same snapshot and Grove's viewer all name it the same way, however
 * the file was pretty-printed.
 */
export async function coachSummaryHash(summary: CoachSummary): Promise<string> {
  return `sha256:${await sha256Hex(canonicalJson(summary))}`;
}

/**
 * A stable UUID (version 8, "custom", RFC 9562) from a name: the same name always gives the same
 * id, so the entry made from one comment of one response has one id however often it is imported.
 */
export async function uuidFromName(name: string): Promise<string> {
  const h = (await sha256Hex(name)).slice(0, 32).split('');
  h[12] = '8';
  h[16] = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
