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

/**
 * A short window of `text` around the first word that starts with one of the query terms, split
 * into parts so the caller can render matches as <mark> without building HTML from user text.
 */
export function snippet(text: string, queryTerms: readonly string[], width = 160): SnippetPart[] {
  const terms = queryTerms.map(normaliseTerm).filter((t) => t.length > 0);
  const words = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)];
  const isMatch = (word: string) => {
    const n = normaliseTerm(word);
    return terms.some((t) => n.startsWith(t));
  };
  const first = words.find((w) => isMatch(w[0]));
  let start = 0;
  if (first && first.index! > width / 3) start = first.index! - Math.floor(width / 3);
  const end = Math.min(text.length, start + width);
  const parts: SnippetPart[] = [];
  let cursor = start;
  const push = (t: string, match: boolean) => {
    if (t) parts.push({ text: t, match });
  };
  if (start > 0) push('…', false);
  for (const w of words) {
    const from = w.index!;
    const to = from + w[0].length;
    if (to <= start) continue;
    if (from >= end) break;
    if (isMatch(w[0]) && from >= cursor) {
      push(text.slice(cursor, from), false);
      push(w[0], true);
      cursor = to;
    }
  }
  push(text.slice(cursor, end), false);
  if (end < text.length) push('…', false);
  return parts;
}
