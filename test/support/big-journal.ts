import type { Entry, EntryKind } from '../../shared/domain/records';

/**
 * A deterministic ten-year journal for checks at scale: the same seed gives the same entries.
 * Dates walk back from `endDate`, about two entries a day, with words, tags and moods drawn from
 * small vocabularies so searches have realistic hit counts.
 */
const KINDS: EntryKind[] = [
  'daily',
  'daily',
  'daily',
  'reframe',
  'aar',
  'feedback',
  'win',
  'experiment',
  'note',
];
const WORDS =
  'growth feedback meeting project learning strategy review team coaching practice presentation delegation estimate customer release design mentor habit focus energy résumé café naïve workshop experiment lesson'.split(
    ' ',
  );
const TAGS = ['work', 'career', 'health', 'team', 'learning', 'family', 'writing'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function bigJournal(count = 20_000, endDate = '2026-11-22', seed = 42): Entry[] {
  const next = rng(seed);
  const [y, m, d] = endDate.split('-').map(Number) as [number, number, number];
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(y, m - 1, d - Math.floor(i / 2));
    const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const words = Array.from({ length: 180 }, () => WORDS[Math.floor(next() * WORDS.length)]!);
    const at = new Date(day.getTime() + 20 * 3600_000).toISOString();
    entries.push({
      id: uuid(next),
      createdAt: at,
      updatedAt: at,
      deleted: 0,
      deletedAt: null,
      kind: KINDS[Math.floor(next() * KINDS.length)]!,
      date,
      title: `${words[0]} and ${words[1]} ${i}`,
      body: words.join(' '),
      answers: {},
      mood: next() < 0.6 ? 1 + Math.floor(next() * 5) : null,
      energy: null,
      tags: [TAGS[Math.floor(next() * TAGS.length)]!],
      objectiveIds: [],
      sharing: 'private',
      shareSummary: '',
      meetingId: null,
    });
  }
  return entries;
}
