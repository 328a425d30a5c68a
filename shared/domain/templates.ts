import type { EntryKind, TemplatePrompt } from './records';

/**
 * The guided structure of each entry kind. Prompt ids are stable forever: answers are stored in
 * `entry.answers` under these ids, so renaming a label is safe but changing an id orphans answers.
 */
export const DEFAULT_TEMPLATES: Record<EntryKind, readonly TemplatePrompt[]> = {
  daily: [
    { id: 'went-well', label: 'What went well today?', placeholder: 'One thing is enough.' },
    { id: 'learned', label: 'What did I learn?', placeholder: 'A skill, a fact, a lesson.' },
    { id: 'tomorrow', label: 'What will I do tomorrow?', placeholder: 'One small next step.' },
  ],
  reframe: [
    { id: 'situation', label: 'The situation', placeholder: 'What happened, plainly.' },
    { id: 'fixed-thought', label: 'The fixed-mindset thought', placeholder: '"I can\'t…"' },
    { id: 'growth-reframe', label: 'The growth reframe', placeholder: '"I can\'t… yet, because…"' },
    { id: 'next-strategy', label: 'My next strategy', placeholder: 'What will I try next?' },
  ],
  aar: [
    { id: 'expected', label: 'What was expected?', placeholder: 'The plan or the goal.' },
    { id: 'happened', label: 'What actually happened?', placeholder: 'The facts.' },
    { id: 'went-well', label: 'What went well?', placeholder: 'Keep doing this.' },
    { id: 'went-badly', label: 'What did not go well?', placeholder: 'Without blame.' },
    { id: 'differently', label: 'What will I do differently?', placeholder: 'Next time I will…' },
  ],
  feedback: [
    { id: 'from', label: 'From whom?', placeholder: 'Name or role.' },
    { id: 'context', label: 'Context', placeholder: 'When and where.' },
    { id: 'said', label: 'What was said', placeholder: 'As close to the words as you can.' },
    { id: 'will-do', label: 'What I will do with it', placeholder: 'A concrete action.' },
  ],
  win: [
    { id: 'win', label: 'What was the win?', placeholder: 'Big or small, it counts.' },
    { id: 'how', label: 'What made it possible?', placeholder: 'Effort, strategy, help.' },
  ],
  experiment: [
    { id: 'hypothesis', label: 'Hypothesis', placeholder: 'If I…, then…' },
    { id: 'tried', label: 'What I tried', placeholder: 'The experiment itself.' },
    { id: 'result', label: 'Result', placeholder: 'What happened.' },
    { id: 'lesson', label: 'Lesson', placeholder: 'What I will keep or change.' },
  ],
  oneOnOne: [
    { id: 'discussed', label: 'What we discussed', placeholder: 'The main points.' },
    { id: 'decisions', label: 'Decisions and agreements', placeholder: 'What was agreed.' },
    { id: 'follow-up', label: 'My follow-ups', placeholder: 'What I will do before next time.' },
  ],
  review: [
    { id: 'highlights', label: 'Highlights of the period', placeholder: 'Wins and progress.' },
    { id: 'challenges', label: 'Challenges and setbacks', placeholder: 'What was hard.' },
    { id: 'lessons', label: 'Lessons learned', placeholder: 'What I now know.' },
    { id: 'next-focus', label: 'Focus for the next period', placeholder: 'One to three things.' },
  ],
  note: [],
};

/** The prompts to show for a kind: the user's edited template when there is one, else the default. */
export function promptsFor(
  kind: EntryKind,
  userTemplates: readonly { kind: EntryKind; prompts: TemplatePrompt[]; deleted: 0 | 1 }[] = [],
): readonly TemplatePrompt[] {
  const edited = userTemplates.find((t) => t.kind === kind && t.deleted === 0);
  return edited ? edited.prompts : DEFAULT_TEMPLATES[kind];
}

/**
 * Prompts to render for an entry: the template's prompts, plus any prompt the entry already has an
 * answer for that the template no longer lists (an edited template never hides written text).
 */
export function promptsForEntry(
  prompts: readonly TemplatePrompt[],
  answers: Readonly<Record<string, string>>,
  /** Prompts known from other or earlier templates, to name an orphaned answer. */
  known: readonly TemplatePrompt[] = [],
): TemplatePrompt[] {
  const result = [...prompts];
  const listed = new Set(prompts.map((p) => p.id));
  for (const [id, text] of Object.entries(answers)) {
    if (!listed.has(id) && text.trim() !== '') {
      const fallback = [...known, ...Object.values(DEFAULT_TEMPLATES).flat()].find(
        (p) => p.id === id,
      );
      result.push({ id, label: fallback?.label ?? 'An earlier prompt', placeholder: '' });
    }
  }
  return result;
}
