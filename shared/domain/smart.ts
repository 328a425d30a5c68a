import type { KeyResult, Objective } from './records';

export type SmartPart = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

export interface SmartCheck {
  part: SmartPart;
  label: string;
  ok: boolean;
  /** What is still vague, in words a person can act on; empty when the part is clear. */
  advice: string;
}

/** Fewer words than this and a SMART part is still a slogan, not a plan. */
export const SMART_MIN_WORDS = 4;

const LABELS: Record<SmartPart, string> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
};

function words(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function hasNumber(text: string): boolean {
  return /\d/.test(text);
}

/**
 * Which SMART parts are still vague. The rules, as the UI states them:
 * - Specific: the "specific" part says what, in at least four words.
 * - Measurable: at least one key result, or a measure that contains a number.
 * - Achievable: a few words on why it is within reach (time, support, first step).
 * - Relevant: why it matters (the "relevant" part, the aspiration or the organisational goal).
 * - Time-bound: a target date, not in the past while the objective is still open.
 */
export function smartChecklist(
  objective: Pick<Objective, 'smart' | 'why' | 'orgGoal' | 'targetDate' | 'status'>,
  keyResults: readonly Pick<KeyResult, 'deleted'>[],
  today: string,
): SmartCheck[] {
  const { smart } = objective;
  const liveKeyResults = keyResults.filter((kr) => kr.deleted === 0).length;
  const open = objective.status !== 'achieved' && objective.status !== 'dropped';

  const specific =
    words(smart.specific) >= SMART_MIN_WORDS
      ? ''
      : words(smart.specific) === 0
        ? 'Say exactly what you will be able to do.'
        : 'Still vague: say exactly what, in a sentence.';

  const measurable =
    liveKeyResults > 0 || hasNumber(smart.measurable)
      ? ''
      : words(smart.measurable) === 0
        ? 'No measure yet: add a key result or say how you will know.'
        : 'No number to check against: add a key result or a figure.';

  const achievable =
    words(smart.achievable) >= SMART_MIN_WORDS
      ? ''
      : 'Say why it is within reach: time, support, a first step.';

  const relevant =
    words(smart.relevant) >= SMART_MIN_WORDS ||
    words(objective.why) >= SMART_MIN_WORDS ||
    words(objective.orgGoal) >= SMART_MIN_WORDS
      ? ''
      : 'Say why it matters to you or to your organisation.';

  let timeBound = '';
  if (!objective.targetDate) timeBound = 'No target date yet.';
  else if (open && objective.targetDate < today) timeBound = 'The target date is in the past.';

  const advice: Record<SmartPart, string> = {
    specific,
    measurable,
    achievable,
    relevant,
    timeBound,
  };
  return (Object.keys(LABELS) as SmartPart[]).map((part) => ({
    part,
    label: LABELS[part],
    ok: advice[part] === '',
    advice: advice[part],
  }));
}
