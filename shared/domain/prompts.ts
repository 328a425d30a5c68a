/** The prompt library: short questions that start a reflection. Ids are stable. */
export type PromptCategory = 'growth' | 'reflection' | 'learning';

export interface LibraryPrompt {
  id: string;
  category: PromptCategory;
  text: string;
}

export const PROMPT_LIBRARY: readonly LibraryPrompt[] = [
  {
    id: 'g1',
    category: 'growth',
    text: 'What is something you cannot do yet, and what is one step towards it?',
  },
  {
    id: 'g2',
    category: 'growth',
    text: 'Which setback taught you the most recently? What was the data in it?',
  },
  { id: 'g3', category: 'growth', text: 'Where did effort pay off this week, even a little?' },
  { id: 'g4', category: 'growth', text: 'What strategy could you try instead of trying harder?' },
  {
    id: 'g5',
    category: 'growth',
    text: 'Whose feedback could help you grow right now? What would you ask them?',
  },
  {
    id: 'g6',
    category: 'growth',
    text: 'What challenge are you avoiding, and what makes it feel risky?',
  },
  {
    id: 'g7',
    category: 'growth',
    text: 'When did you last feel stuck? What got you moving again?',
  },
  { id: 'r1', category: 'reflection', text: 'What gave you energy today, and what drained it?' },
  { id: 'r2', category: 'reflection', text: 'What are you proud of from this week?' },
  {
    id: 'r3',
    category: 'reflection',
    text: 'What would you do differently if you could replay today?',
  },
  { id: 'r4', category: 'reflection', text: 'What is one thing you want to remember about today?' },
  { id: 'r5', category: 'reflection', text: 'Which conversation today mattered most, and why?' },
  {
    id: 'r6',
    category: 'reflection',
    text: 'What did you say yes to that you would rather have declined?',
  },
  { id: 'r7', category: 'reflection', text: 'What surprised you today?' },
  {
    id: 'l1',
    category: 'learning',
    text: 'What did you learn today that you did not know yesterday?',
  },
  { id: 'l2', category: 'learning', text: 'How would you explain today’s lesson to a colleague?' },
  { id: 'l3', category: 'learning', text: 'What question are you curious about right now?' },
  { id: 'l4', category: 'learning', text: 'Which skill did you practise deliberately this week?' },
  { id: 'l5', category: 'learning', text: 'What did an experiment or mistake teach you recently?' },
  { id: 'l6', category: 'learning', text: 'What will you read, watch or try next to learn more?' },
];

/** Days since 1970-01-01 for a `YYYY-MM-DD` date, independent of the time zone. */
function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/**
 * The prompt of the day: the same all day on every device (deterministic by date), walking through
 * the chosen categories so consecutive days differ.
 */
export function promptOfTheDay(
  isoDate: string,
  categories: readonly PromptCategory[] = ['growth', 'reflection', 'learning'],
): LibraryPrompt {
  const pool = PROMPT_LIBRARY.filter((p) => categories.includes(p.category));
  const list = pool.length > 0 ? pool : PROMPT_LIBRARY;
  const index = ((dayNumber(isoDate) % list.length) + list.length) % list.length;
  return list[index]!;
}
