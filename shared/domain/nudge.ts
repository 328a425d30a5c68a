/**
 * A gentle, offline, rule-based fixed-mindset detector. Each rule names a phrase pattern and the
 * reframe it offers. It only ever suggests; the writer decides.
 */
export interface NudgeRule {
  id: string;
  pattern: RegExp;
  reframe: string;
}

// Apostrophes may be straight or curly; "can't", "cannot" and "can not" are all the same thought.
const A = "['’]";

export const NUDGE_RULES: readonly NudgeRule[] = [
  {
    id: 'cant',
    pattern: new RegExp(`\\bI (?:can${A}?t|cannot|can not) ([^.!?\\n]{1,60})`, 'iu'),
    reframe: 'Add “yet”: “I can’t $1 yet.” What strategy could I try?',
  },
  {
    id: 'not-good-at',
    pattern: new RegExp(`\\bI${A}?m not (?:good|great) at ([^.!?\\n]{1,60})`, 'iu'),
    reframe: 'Try: “I’m not good at $1 yet — what would help me practise?”',
  },
  {
    id: 'always-fail',
    pattern: new RegExp(
      `\\bI (?:always|keep) (?:fail|failing|mess(?:ing)? up|get(?:ting)? it wrong)`,
      'iu',
    ),
    reframe: 'Setbacks are data. What did this one teach you, and what will you try differently?',
  },
  {
    id: 'never',
    pattern: new RegExp(`\\bI${A}?ll never ([^.!?\\n]{1,60})`, 'iu'),
    reframe: '“Never” closes the door. What would a first small step towards $1 look like?',
  },
  {
    id: 'not-a-person',
    pattern: new RegExp(`\\bI${A}?m (?:just )?not an? ([^.!?\\n]{1,40}) person`, 'iu'),
    reframe:
      'Abilities grow with effort and good strategies. Who could show you how they learned it?',
  },
  {
    id: 'too-stupid',
    pattern: new RegExp(`\\bI${A}?m (?:too )?(?:stupid|dumb|hopeless|useless)`, 'iu'),
    reframe: 'Be as kind to yourself as to a colleague. What is one thing you did well today?',
  },
];

export interface Nudge {
  ruleId: string;
  /** The words as written. */
  phrase: string;
  suggestion: string;
}

/**
 * The first fixed-mindset phrase in a text and its reframe, skipping rules the writer dismissed.
 * Phrases already followed by "yet" are left alone: the writer has reframed them.
 */
export function findNudge(text: string, dismissed: ReadonlySet<string> = new Set()): Nudge | null {
  // Only the tail matters for a nudge while typing, and scanning 1 MB per keystroke would lag.
  const sample = text.length > 20_000 ? text.slice(-20_000) : text;
  for (const rule of NUDGE_RULES) {
    if (dismissed.has(rule.id)) continue;
    const match = rule.pattern.exec(sample);
    if (!match) continue;
    const captured = capturedThought(match);
    if (isReframed(match, captured)) continue;
    return {
      ruleId: rule.id,
      phrase: match[0].trim(),
      suggestion: rule.reframe.replace('$1', captured),
    };
  }
  return null;
}

/** "I'm not good at X, but…" — the thought ends where the sentence turns. */
function capturedThought(match: RegExpMatchArray): string {
  return (match[1] ?? '').split(/[,;:]|\s+(?:but|and|because|so|when|if|although)\s+/iu)[0]!.trim();
}

/** A phrase already carrying "yet" ("I can't do it yet") is the growth form of the thought. */
function isReframed(match: RegExpMatchArray, captured: string): boolean {
  return /\byet\b/i.test(match[0]) || /\byet\b/i.test(captured);
}

export interface MindsetCounts {
  /** Fixed-mindset phrases the nudge would offer a reframe for. */
  fixed: number;
  /** The same phrases written with "yet": the thought already reframed. */
  yet: number;
  /** Fixed phrases by rule id. */
  byRule: Record<string, number>;
}

/**
 * Every phrase the nudge's rules recognise in a text, counted (the nudge itself only looks for
 * the first). Insights uses this, so the phrases counted are exactly the ones the editor nudges.
 */
export function countMindsetLanguage(text: string): MindsetCounts {
  const counts: MindsetCounts = { fixed: 0, yet: 0, byRule: {} };
  for (const rule of NUDGE_RULES) {
    const global = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`);
    for (const match of text.matchAll(global)) {
      if (isReframed(match, capturedThought(match))) counts.yet++;
      else {
        counts.fixed++;
        counts.byRule[rule.id] = (counts.byRule[rule.id] ?? 0) + 1;
      }
    }
  }
  return counts;
}
