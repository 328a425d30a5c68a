/**
 * Text normalisation shared by the search index and the snippet highlighter, so what is found is
 * what is highlighted: lower case, diacritics removed ("café" matches "cafe"), Markdown markup
 * ignored.
 */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Splits text into words: runs of letters and digits (apostrophes inside words kept). */
export function tokenise(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Markdown reduced to its words, for indexing and snippets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`~|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** A word as `tokenise` sees it; global, so it is only ever used through `wordsFrom`. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The words of `text` from `from` on, read lazily (a snippet needs a window, not every word). */
function* wordsFrom(text: string, from: number): Generator<{ word: string; index: number }> {
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) yield { word: m[0], index: m.index };
}

/**
 * Where the first word of `text` that starts with one of the (normalised) `terms` begins, or -1.
 * `normalise` may be a cached `normaliseTerm`: the search worker passes its own.
 */
export function firstMatchAt(
  text: string,
  terms: readonly string[],
  normalise: (word: string) => string = normaliseTerm,
): number {
  if (terms.length === 0) return -1;
  for (const { word, index } of wordsFrom(text, 0)) {
    const n = normalise(word);
    if (terms.some((t) => n.startsWith(t))) return index;
  }
  return -1;
}

/**
 * A short window of `text` around the first word that starts with one of the query terms, split
 * into parts so the caller can render matches as <mark> without building HTML from user text.
 * Only the words up to the first match and those inside the window are read, so a long text
 * costs little more than a short one.
 */
export function snippet(
  text: string,
  queryTerms: readonly string[],
  width = 160,
  normalise: (word: string) => string = normaliseTerm,
): SnippetPart[] {
  const terms = queryTerms.map(normaliseTerm).filter((t) => t.length > 0);
  const isMatch = (word: string) => {
    const n = normalise(word);
    return terms.some((t) => n.startsWith(t));
  };
  const first = firstMatchAt(text, terms, normalise);
  let start = 0;
  if (first > width / 3) start = first - Math.floor(width / 3);
  const end = Math.min(text.length, start + width);
  const parts: SnippetPart[] = [];
  let cursor = start;
  const push = (t: string, match: boolean) => {
    if (t) parts.push({ text: t, match });
  };
  if (start > 0) push('…', false);
  // From a little before the window, so a word cut by its start is read whole (and left plain,
  // as it starts before the cursor) rather than matched from its middle.
  for (const { word, index: from } of wordsFrom(text, Math.max(0, start - 64))) {
    const to = from + word.length;
    if (to <= start) continue;
    if (from >= end) break;
    if (from >= cursor && isMatch(word)) {
      push(text.slice(cursor, from), false);
      push(word, true);
      cursor = to;
    }
  }
  push(text.slice(cursor, end), false);
  if (end < text.length) push('…', false);
  return parts;
}
