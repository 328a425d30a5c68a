import { describe, expect, it } from 'vitest';
import { mindsetByMonth } from '../../../shared/domain/insights/mindset';
import { countMindsetLanguage, findNudge } from '../../../shared/domain/nudge';

describe('mindset language', () => {
  it('counts every phrase the nudge recognises, and the "yet" forms apart', () => {
    const text =
      "I can't present to the board. I'm not good at estimates. I can't do SQL yet. " +
      'I always fail at this. I’ll never get it. Later: I can’t relax, but fine.';
    expect(countMindsetLanguage(text)).toEqual({
      fixed: 5,
      yet: 1,
      byRule: { cant: 2, 'not-good-at': 1, 'always-fail': 1, never: 1 },
    });
    // The same rules the editor uses: the first fixed phrase is what the nudge offers.
    expect(findNudge(text)?.ruleId).toBe('cant');
    expect(countMindsetLanguage('All calm today.')).toEqual({ fixed: 0, yet: 0, byRule: {} });
  });

  it('rolls up per month with reframes written, every month of the period present', () => {
    const months = mindsetByMonth(
      [
        { date: '2026-01-10', kind: 'daily', text: "I can't do this. I'm not good at it." },
        { date: '2026-01-31', kind: 'daily', text: 'I keep failing.' },
        { date: '2026-03-01', kind: 'reframe', text: "I can't do this yet." },
        { date: '2026-03-02', kind: 'reframe', text: 'A strategy to try.' },
        { date: '2026-04-01', kind: 'daily', text: "I can't." },
      ],
      { from: '2026-01-01', to: '2026-03-31' },
    );
    expect(months).toEqual([
      { month: '2026-01', fixed: 3, yet: 0, reframes: 0 },
      { month: '2026-02', fixed: 0, yet: 0, reframes: 0 },
      { month: '2026-03', fixed: 0, yet: 1, reframes: 2 },
    ]);
  });
});
