import type { Entry } from '../records';

/**
 * Prompt ids (see shared/domain/templates.ts) whose answer is a lesson: the after-action review's
 * "what will I do differently" and the experiment's "lesson".
 */
export const LESSON_PROMPT_IDS = ['differently', 'lesson'] as const;
/** The growth-mindset reframe's "growth reframe" prompt. */
export const REFRAME_PROMPT_IDS = ['growth-reframe'] as const;

export function firstAnswer(entry: Pick<Entry, 'answers'>, ids: readonly string[]): string {
  for (const id of ids) {
    const answer = entry.answers[id]?.trim();
    if (answer) return answer;
  }
  return '';
}

function oneLine(text: string, max = 160): string {
  const flat = text
    .replace(/[#*_>`[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One line that stands for an entry: its title, else the first words of its text or answers. */
export function entrySummary(entry: Pick<Entry, 'title' | 'body' | 'answers'>): string {
  const title = entry.title.trim();
  if (title) return oneLine(title);
  const body = oneLine(entry.body);
  if (body) return body;
  const answer = Object.values(entry.answers).find((a) => a.trim() !== '');
  return answer ? oneLine(answer) : 'Untitled entry';
}

export { oneLine };
