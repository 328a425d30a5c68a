import type { EntryKind } from './records';

export interface EntryKindInfo {
  label: string;
  /** One line that tells a user when to pick this kind. */
  hint: string;
}

export const ENTRY_KIND_INFO: Record<EntryKind, EntryKindInfo> = {
  daily: { label: 'Daily reflection', hint: 'A few minutes on how today went.' },
  reframe: { label: 'Growth-mindset reframe', hint: 'Turn a "can\'t" into a "not yet".' },
  aar: { label: 'After-action review', hint: 'What was expected, what happened, what next.' },
  feedback: { label: 'Feedback received', hint: 'What was said, and what you will do.' },
  win: { label: 'Win', hint: 'Notice progress, big or small.' },
  experiment: { label: 'Experiment', hint: 'A hypothesis, a try, a lesson.' },
  oneOnOne: { label: '1:1 notes', hint: 'Notes from a one-to-one meeting.' },
  review: { label: 'Review', hint: 'A weekly or monthly look back and ahead.' },
  note: { label: 'Free note', hint: 'A blank page.' },
};
