import { describe, expect, it } from 'vitest';
import {
  feedbackLedger,
  groupByTag,
  type LedgerRow,
} from '../../../shared/domain/insights/feedback';

const period = { from: '2026-01-01', to: '2026-12-31' };
const row = (
  id: string,
  date: string,
  kind: LedgerRow['kind'],
  tags: string[] = [],
  objectiveIds: string[] = [],
): LedgerRow => ({
  id,
  date,
  kind,
  title: id,
  tags,
  objectiveIds,
});

describe('feedback ledger', () => {
  const journal = [
    row('f-objective', '2026-02-01', 'feedback', ['speaking'], ['o1']),
    row('f-experiment', '2026-03-01', 'feedback', ['estimates']),
    row('x-before', '2026-02-20', 'experiment', ['estimates']), // before the feedback: not a follow-up
    row('x-after', '2026-03-11', 'experiment', ['estimates']),
    row('a-later', '2026-03-20', 'aar', ['estimates']),
    row('f-aar-objective', '2026-04-01', 'feedback', [], []),
    row('f-by-objective', '2026-05-01', 'feedback', ['writing']),
    row('a-obj', '2026-05-03', 'aar', [], []),
    row('f-not', '2026-06-01', 'feedback', ['writing']),
    row('d-same-tag', '2026-06-02', 'daily', ['writing']), // a daily entry is not acting on it
    row('f-old', '2025-12-31', 'feedback', ['estimates']),
  ];

  it('detects acted-on feedback and how long it took', () => {
    const items = feedbackLedger(journal, period);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('f-objective')).toMatchObject({
      actedOn: true,
      how: 'objective',
      daysToAct: 0,
    });
    expect(byId.get('f-experiment')).toMatchObject({
      actedOn: true,
      how: 'experiment',
      followUpId: 'x-after',
      daysToAct: 10,
    });
    expect(byId.get('f-aar-objective')).toMatchObject({ actedOn: false, how: null });
    expect(byId.get('f-not')).toMatchObject({ actedOn: false, daysToAct: null });
    expect(byId.has('f-old')).toBe(false);
    expect(items.map((i) => i.id)[0]).toBe('f-not'); // newest first
  });

  it('follows up through a shared objective as well as a tag', () => {
    const items = feedbackLedger(
      [row('f', '2026-05-01', 'feedback', [], []), row('a', '2026-05-04', 'aar', [], ['o9'])],
      period,
    );
    expect(items[0]!.actedOn).toBe(false);
    const linked = feedbackLedger(
      [
        { ...row('f', '2026-05-01', 'feedback', ['x']), objectiveIds: [] },
        row('a', '2026-05-04', 'aar', ['x'], ['o9']),
      ],
      period,
    );
    expect(linked[0]).toMatchObject({ how: 'aar', daysToAct: 3 });
  });

  it('groups by tag, untagged last', () => {
    const groups = groupByTag(feedbackLedger(journal, period));
    expect(groups.map((g) => [g.tag, g.items.length, g.actedOn])).toEqual([
      ['writing', 2, 0],
      ['estimates', 1, 1],
      ['speaking', 1, 1],
      [null, 1, 0],
    ]);
  });
});
