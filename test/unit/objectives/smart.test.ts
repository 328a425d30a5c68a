import { describe, expect, it } from 'vitest';
import { smartChecklist } from '../../../shared/domain/smart';

const TODAY = '2026-11-22';
const clear = {
  smart: {
    specific: 'Run a design review for my team every sprint',
    measurable: 'Six reviews held',
    achievable: 'My lead gave me the slot and a template',
    relevant: 'I want to grow into a staff engineer role',
    timeBound: 'By the end of Q1',
  },
  why: '',
  orgGoal: '',
  targetDate: '2027-03-31',
  status: 'active' as const,
};
const okParts = (checks: ReturnType<typeof smartChecklist>) =>
  checks.filter((c) => !c.ok).map((c) => c.part);

describe('SMART checklist', () => {
  it('passes a clear objective with a key result and a future date', () => {
    expect(okParts(smartChecklist(clear, [{ deleted: 0 }], TODAY))).toEqual([]);
  });

  it('flags every part of an empty objective, each with advice', () => {
    const empty = {
      ...clear,
      smart: { specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' },
      targetDate: null,
    };
    const checks = smartChecklist(empty, [], TODAY);
    expect(okParts(checks)).toEqual([
      'specific',
      'measurable',
      'achievable',
      'relevant',
      'timeBound',
    ]);
    expect(checks.every((c) => c.advice.length > 0)).toBe(true);
    expect(checks.find((c) => c.part === 'timeBound')?.advice).toBe('No target date yet.');
  });

  it('calls a short "specific" vague', () => {
    const checks = smartChecklist(
      { ...clear, smart: { ...clear.smart, specific: 'Get better' } },
      [{ deleted: 0 }],
      TODAY,
    );
    expect(okParts(checks)).toEqual(['specific']);
  });

  it('needs a key result or a number to be measurable; deleted key results do not count', () => {
    const vague = { ...clear, smart: { ...clear.smart, measurable: 'People notice' } };
    expect(okParts(smartChecklist(vague, [{ deleted: 1 }], TODAY))).toEqual(['measurable']);
    expect(okParts(smartChecklist(vague, [{ deleted: 0 }], TODAY))).toEqual([]);
    const numbered = { ...clear, smart: { ...clear.smart, measurable: 'At least 6 reviews' } };
    expect(okParts(smartChecklist(numbered, [], TODAY))).toEqual([]);
  });

  it('accepts "why it matters" or the organisational goal as relevance', () => {
    const noRelevant = { ...clear, smart: { ...clear.smart, relevant: '' } };
    expect(okParts(smartChecklist(noRelevant, [{ deleted: 0 }], TODAY))).toEqual(['relevant']);
    expect(
      okParts(
        smartChecklist(
          { ...noRelevant, orgGoal: 'Our platform team ships fewer regressions' },
          [{ deleted: 0 }],
          TODAY,
        ),
      ),
    ).toEqual([]);
  });

  it('flags a target date in the past only while the objective is open', () => {
    const past = { ...clear, targetDate: '2026-01-01' };
    const checks = smartChecklist(past, [{ deleted: 0 }], TODAY);
    expect(checks.find((c) => c.part === 'timeBound')?.advice).toBe(
      'The target date is in the past.',
    );
    expect(
      okParts(smartChecklist({ ...past, status: 'achieved' }, [{ deleted: 0 }], TODAY)),
    ).toEqual([]);
    // Today itself is not the past.
    expect(
      okParts(smartChecklist({ ...clear, targetDate: TODAY }, [{ deleted: 0 }], TODAY)),
    ).toEqual([]);
  });
});
