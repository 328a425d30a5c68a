import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * Passphrase strength with zxcvbn-ts (dictionaries, keyboard patterns, dates, repeats), loaded
 * only when someone sets a passphrase: its dictionaries are large and most sessions never need
 * them. A passphrase is accepted at score 3 ("safely unguessable") and at least 10 characters.
 */
export const MIN_SCORE = 3;
export const MIN_LENGTH = 10;

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** Why it is refused, or what would make it better; empty when nothing to say. */
  reason: string;
}

let checker: Promise<ZxcvbnFactory> | null = null;

function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        translations: en.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary },
      }),
  );
  return checker;
}

export async function estimateStrength(
  passphrase: string,
  userInputs: readonly string[] = [],
): Promise<Strength> {
  const factory = await loadChecker();
  const result = factory.check(passphrase, ['grove', 'journal', ...userInputs]);
  const score = result.score as Strength['score'];
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter((s): s is string =>
    Boolean(s),
  );
  if (passphrase.length < MIN_LENGTH) {
    return {
      score,
      acceptable: false,
      reason: `Too short: use at least ${MIN_LENGTH} characters — a few unrelated words work well.`,
    };
  }
  if (score < MIN_SCORE) {
    return {
      score,
      acceptable: false,
      reason: `Too easy to guess. ${hints.join(' ') || 'Add another word or two that do not belong together.'}`,
    };
  }
  return { score, acceptable: true, reason: hints.join(' ') };
}

export const STRENGTH_LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;
