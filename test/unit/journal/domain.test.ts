import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../../shared/domain/records';
import { DEFAULT_TEMPLATES, promptsFor, promptsForEntry } from '../../../shared/domain/templates';
import { PROMPT_LIBRARY, promptOfTheDay } from '../../../shared/domain/prompts';
import { findNudge } from '../../../shared/domain/nudge';
import { currentStreak } from '../../../shared/domain/streak';
import { normaliseTerm, snippet, tokenise } from '../../../shared/domain/search-text';

describe('templates', () => {
  it('gives every kind a template with unique, stable prompt ids', () => {
    for (const kind of ENTRY_KINDS) {
      const ids = DEFAULT_TEMPLATES[kind].map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(DEFAULT_TEMPLATES.reframe.map((p) => p.id)).toEqual([
      'situation',
      'fixed-thought',
      'growth-reframe',
      'next-strategy',
    ]);
    expect(DEFAULT_TEMPLATES.aar).toHaveLength(5);
    expect(DEFAULT_TEMPLATES.oneOnOne.length).toBeGreaterThan(0);
    expect(DEFAULT_TEMPLATES.review.length).toBeGreaterThan(0);
  });

  it('uses the user’s edited template, and the default once it is reset (deleted)', () => {
    const edited = { kind: 'win' as const, prompts: [{ id: 'x', label: 'X', placeholder: '' }] };
    expect(promptsFor('win', [{ ...edited, deleted: 0 }]).map((p) => p.id)).toEqual(['x']);
    expect(promptsFor('win', [{ ...edited, deleted: 1 }])).toBe(DEFAULT_TEMPLATES.win);
    expect(promptsFor('daily', [{ ...edited, deleted: 0 }])).toBe(DEFAULT_TEMPLATES.daily);
  });

  it('never hides an answer whose prompt the template no longer lists', () => {
    const prompts = promptsForEntry(DEFAULT_TEMPLATES.note, {
      'went-well': 'shipped it',
      gone: '',
    });
    expect(prompts.map((p) => [p.id, p.label])).toEqual([['went-well', 'What went well today?']]);
    const known = [{ id: 'custom-1', label: 'Who should hear about it?', placeholder: '' }];
    expect(promptsForEntry([], { 'custom-1': 'Sam' }, known)[0]?.label).toBe(
      'Who should hear about it?',
    );
    expect(promptsForEntry([], { 'custom-2': 'x' })[0]?.label).toBe('An earlier prompt');
  });
});

describe('prompt of the day', () => {
  it('is the same all day and changes from one day to the next', () => {
    expect(promptOfTheDay('2026-03-01')).toEqual(promptOfTheDay('2026-03-01'));
    expect(promptOfTheDay('2026-03-01').id).not.toBe(promptOfTheDay('2026-03-02').id);
  });

  it('draws only from the chosen categories', () => {
    for (let d = 1; d <= 28; d++) {
      const date = `2026-02-${String(d).padStart(2, '0')}`;
      expect(promptOfTheDay(date, ['learning']).category).toBe('learning');
    }
    expect(PROMPT_LIBRARY.length).toBeGreaterThanOrEqual(18);
  });
});

describe('growth-mindset nudge', () => {
  it.each([
    ["I can't present in front of people.", 'cant', 'present in front of people'],
    ['I cannot do maths', 'cant', 'do maths'],
    ['Honestly I’m not good at estimating', 'not-good-at', 'estimating'],
    ['I always fail at interviews', 'always-fail', ''],
    ["I'll never be a manager", 'never', 'be a manager'],
    ["I'm just not a numbers person", 'not-a-person', ''],
  ])('spots "%s"', (text, ruleId, captured) => {
    const nudge = findNudge(text);
    expect(nudge?.ruleId).toBe(ruleId);
    if (captured) expect(nudge?.suggestion).toContain(captured);
  });

  it('ends the captured thought where the sentence turns', () => {
    const nudge = findNudge("I'm not good at estimating, but we adapted.");
    expect(nudge?.suggestion).toBe(
      'Try: “I’m not good at estimating yet — what would help me practise?”',
    );
  });

  it('leaves growth language and already-reframed thoughts alone', () => {
    expect(findNudge('I can do this with practice.')).toBeNull();
    expect(findNudge("I can't present yet.")).toBeNull();
    expect(findNudge('Scanning is not good at all')).toBeNull();
    expect(findNudge('')).toBeNull();
  });

  it('does not repeat a nudge the writer dismissed', () => {
    const dismissed = new Set(['cant']);
    expect(findNudge("I can't sing", dismissed)).toBeNull();
    expect(findNudge("I can't sing. I'll never dance", dismissed)?.ruleId).toBe('never');
  });

  // How fast is the benchmark's business (it measures typing into a 1 MB entry); here, only that
  // the answer is right at the end of a long text.
  it('finds a nudge at the very end of a 1 MB text', () => {
    const huge = 'word '.repeat(200_000) + "I can't stop";
    expect(findNudge(huge)?.ruleId).toBe('cant');
  });
});

describe('streak', () => {
  it('counts consecutive days ending today', () => {
    expect(
      currentStreak(['2026-03-03', '2026-03-02', '2026-03-01', '2026-02-27'], '2026-03-03'),
    ).toBe(3);
  });
  it('still counts when today has no entry yet, and breaks on a gap', () => {
    expect(currentStreak(['2026-03-02', '2026-03-01'], '2026-03-03')).toBe(2);
    expect(currentStreak(['2026-03-01'], '2026-03-03')).toBe(0);
    expect(currentStreak([], '2026-03-03')).toBe(0);
  });
  it('crosses month and year boundaries and ignores duplicates', () => {
    expect(
      currentStreak(['2026-01-01', '2025-12-31', '2025-12-31', '2025-12-30'], '2026-01-01'),
    ).toBe(3);
  });
});

describe('search text', () => {
  it('tokenises words, keeping inner apostrophes and dropping markup', () => {
    expect(tokenise("**Don't** panic: #growth, café-au-lait 42")).toEqual([
      "Don't",
      'panic',
      'growth',
      'café',
      'au',
      'lait',
      '42',
    ]);
  });
  it('normalises case and diacritics', () => {
    expect(normaliseTerm('Ça Déjà')).toBe('ca deja');
    expect(normaliseTerm('Ärger')).toBe('arger');
  });
  it('marks words that start with a query term, diacritics-insensitive', () => {
    const parts = snippet('Today I tried a résumé rewrite and resumed running.', ['resum']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['résumé', 'resumed']);
    expect(parts.map((p) => p.text).join('')).toBe(
      'Today I tried a résumé rewrite and resumed running.',
    );
  });
  it('finds a match at the end of a long text and never marks a word cut by the window', () => {
    const text = `${'alpha '.repeat(20_000)}needle needless end`;
    const parts = snippet(text, ['need'], 80);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['needle', 'needless']);
    // The window starts inside a word whose tail starts with the term: that word stays plain.
    const cut = snippet(`${'w '.repeat(50)}${'q'.repeat(10)}needfully needle`, ['need'], 30);
    expect(cut.map((p) => p.text).join('')).toBe('…needfully needle');
    expect(cut.filter((p) => p.match).map((p) => p.text)).toEqual(['needle']);
  });
  it('centres a long text on the first match', () => {
    const text = `${'lorem '.repeat(100)}needle ${'ipsum '.repeat(100)}`;
    const parts = snippet(text, ['need'], 80);
    expect(parts[0]?.text).toBe('…');
    expect(parts.some((p) => p.match && p.text === 'needle')).toBe(true);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(90);
  });
});
