import { describe, expect, it } from 'vitest';
import { agendaToMarkdown } from '../../../shared/domain/oneonones/agenda-markdown';
import { agendaWithCarryOver, carriedItemsFor } from '../../../shared/domain/oneonones/carry-over';
import type { AgendaItem } from '../../../shared/domain/records';
import { actionItem, meeting, uid } from './builders';

describe('carry-over rules', () => {
  const seriesId = uid();
  const first = meeting(seriesId, '2026-11-01');
  const second = meeting(seriesId, '2026-11-08');
  const third = meeting(seriesId, '2026-11-15');
  const byId = new Map([first, second, third].map((m) => [m.id, m]));

  it('carries an open item onto every later meeting of its series', () => {
    const item = actionItem('Send the doc', { seriesId, meetingId: first.id });
    expect(carriedItemsFor(second, [item], byId)).toEqual([item]);
    expect(carriedItemsFor(third, [item], byId)).toEqual([item]);
  });

  it('does not carry an item onto its own meeting or an earlier one', () => {
    const item = actionItem('Send the doc', { seriesId, meetingId: second.id });
    expect(carriedItemsFor(second, [item], byId)).toEqual([]);
    expect(carriedItemsFor(first, [item], byId)).toEqual([]);
  });

  it('stops carrying once done or dropped, and never crosses series', () => {
    const done = actionItem('Done', { seriesId, meetingId: first.id, status: 'done' });
    const dropped = actionItem('Dropped', { seriesId, meetingId: first.id, status: 'dropped' });
    const trashed = actionItem('Trashed', { seriesId, meetingId: first.id, deleted: 1 });
    const otherSeries = actionItem('Other', { seriesId: uid(), meetingId: first.id });
    expect(carriedItemsFor(third, [done, dropped, trashed, otherSeries], byId)).toEqual([]);
  });

  it('carries items recorded outside a meeting, or whose meeting is gone, onto every meeting', () => {
    const loose = actionItem('Loose', { seriesId });
    const orphan = actionItem('Orphan', { seriesId, meetingId: uid() });
    expect(carriedItemsFor(first, [loose, orphan], byId)).toHaveLength(2);
  });

  it('on the same day, carries only onto a meeting created later', () => {
    const morning = meeting(seriesId, '2026-11-20', { createdAt: '2026-11-20T08:00:00.000Z' });
    const afternoon = meeting(seriesId, '2026-11-20', { createdAt: '2026-11-20T15:00:00.000Z' });
    const map = new Map([morning, afternoon].map((m) => [m.id, m]));
    const item = actionItem('Follow up', { seriesId, meetingId: morning.id });
    expect(carriedItemsFor(afternoon, [item], map)).toEqual([item]);
    const back = actionItem('Back', { seriesId, meetingId: afternoon.id });
    expect(carriedItemsFor(morning, [back], map)).toEqual([]);
  });

  it('puts carried items first on the agenda, once, keeping the stored order after them', () => {
    const item = actionItem('Send the doc', { seriesId, meetingId: first.id });
    const other = actionItem('Book a room', { seriesId, meetingId: first.id, owner: 'them' });
    const stored: AgendaItem[] = [
      { id: uid(), text: 'Career', source: null, kind: 'topic' },
      {
        id: uid(),
        text: 'Me: Send the doc',
        source: { type: 'actionItem', id: item.id },
        kind: 'carryOver',
      },
    ];
    const agenda = agendaWithCarryOver(stored, [item, other], (i) => `carry:${i.id}`);
    expect(agenda.map((a) => a.text)).toEqual(['Them: Book a room', 'Career', 'Me: Send the doc']);
    expect(agenda[0]).toEqual({
      id: `carry:${other.id}`,
      text: 'Them: Book a room',
      source: { type: 'actionItem', id: other.id },
      kind: 'carryOver',
    });
  });
});

describe('agendaToMarkdown', () => {
  it('groups the agenda by kind, and has no place for private notes', () => {
    const md = agendaToMarkdown('1:1 with Sam', '2026-11-22', [
      { id: uid(), text: 'Ask for budget', source: null, kind: 'ask' },
      { id: uid(), text: 'Shipped it', source: { type: 'entry', id: uid() }, kind: 'point' },
      { id: uid(), text: 'Me: Send\nthe doc', source: null, kind: 'carryOver' },
      { id: uid(), text: '   ', source: null, kind: 'topic' },
    ]);
    expect(md).toBe(
      [
        '# 1:1 with Sam — 22 Nov 2026',
        '',
        '## Carried over',
        '',
        '- Me: Send the doc',
        '',
        '## Since last time',
        '',
        '- Shipped it',
        '',
        '## Asks',
        '',
        '- Ask for budget',
        '',
      ].join('\n'),
    );
  });

  it('says so when the agenda is empty', () => {
    expect(agendaToMarkdown('1:1', '2026-01-05', [])).toContain('_No agenda points yet._');
  });
});
