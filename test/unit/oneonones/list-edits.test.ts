import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { createActionItem, setActionItemStatus } from '../../../renderer/src/db/repo/actionItems';
import {
  addKeyResult,
  keyResultsOf,
  moveKeyResult,
} from '../../../renderer/src/db/repo/keyResults';
import {
  addToAgenda,
  createMeeting,
  editAgendaPoint,
  moveAgendaPoint,
  removeAgendaPoint,
} from '../../../renderer/src/db/repo/meetings';
import { createObjective, EMPTY_SMART } from '../../../renderer/src/db/repo/objectives';
import { createSeries } from '../../../renderer/src/db/repo/series';
import { ValidationError } from '../../../renderer/src/db/repo/validation';
import { resetDatabase, snapshotDatabase } from '../../support/db';

/**
 * Every ordered list is edited in place: each edit reads the list as stored, inside its own
 * transaction. Two quick edits started from the same rendered list (Promise.all, no await between)
 * must both survive — writing back a rendered copy would lose one.
 */
beforeEach(resetDatabase);

const point = (text: string) => ({
  id: crypto.randomUUID(),
  text,
  source: null,
  kind: 'topic' as const,
});

async function meetingWith(...texts: string[]) {
  const series = await createSeries({ name: 'Weekly with Sam', person: 'Sam', cadenceDays: 7 });
  const meeting = await createMeeting(series.id, '2026-11-22');
  const points = texts.map(point);
  for (const p of points) await addToAgenda(meeting.id, p);
  return { series, meeting, points };
}

const agendaTexts = async (id: string) =>
  ((await db.meetings.get(id))?.agenda ?? []).map((a) => a.text);

describe('agenda points', () => {
  it('a move and an add at once: both kept', async () => {
    const { meeting, points } = await meetingWith('A', 'B');
    await Promise.all([
      moveAgendaPoint(meeting.id, points[1]!.id, -1),
      addToAgenda(meeting.id, point('C')),
    ]);
    expect(await agendaTexts(meeting.id)).toEqual(['B', 'A', 'C']);
  });

  it('a remove and an add at once: the removed point goes, the new one stays', async () => {
    const { meeting, points } = await meetingWith('A', 'B');
    await Promise.all([
      removeAgendaPoint(meeting.id, points[0]!.id),
      addToAgenda(meeting.id, point('C')),
    ]);
    expect(await agendaTexts(meeting.id)).toEqual(['B', 'C']);
  });

  it('an edit and a move at once: both kept', async () => {
    const { meeting, points } = await meetingWith('A', 'B', 'C');
    await Promise.all([
      editAgendaPoint(meeting.id, points[0]!.id, 'A, reworded'),
      moveAgendaPoint(meeting.id, points[2]!.id, -1),
    ]);
    expect(await agendaTexts(meeting.id)).toEqual(['A, reworded', 'C', 'B']);
  });

  it('two quick moves of one point move it two places', async () => {
    const { meeting, points } = await meetingWith('A', 'B', 'C');
    await Promise.all([
      moveAgendaPoint(meeting.id, points[0]!.id, 1),
      moveAgendaPoint(meeting.id, points[0]!.id, 1),
    ]);
    expect(await agendaTexts(meeting.id)).toEqual(['B', 'C', 'A']);
  });

  it('moving a point past a carried item stores the carried item once, with a real id', async () => {
    const { series, meeting: first } = await meetingWith();
    await createActionItem({
      text: 'Send the doc',
      owner: 'me',
      dueDate: null,
      objectiveId: null,
      seriesId: series.id,
      meetingId: first.id,
    });
    const next = await createMeeting(series.id, '2026-11-29');
    const p = point('Topic');
    await addToAgenda(next.id, p);
    // Shown: [carried item, Topic]. Move Topic up, over the carried item.
    await moveAgendaPoint(next.id, p.id, -1);
    const stored = (await db.meetings.get(next.id))!.agenda;
    expect(stored.map((a) => a.kind)).toEqual(['topic', 'carryOver']);
    expect(stored[1]!.id).not.toMatch(/^carry:/);
  });

  it('refuses an empty edit and changes nothing', async () => {
    const { meeting, points } = await meetingWith('A');
    const before = await snapshotDatabase();
    await expect(editAgendaPoint(meeting.id, points[0]!.id, '   ')).rejects.toThrow(
      ValidationError,
    );
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe('key results', () => {
  it('two quick moves of one key result move it two places', async () => {
    const objective = await createObjective({
      title: 'Speak',
      why: '',
      orgGoal: '',
      smart: EMPTY_SMART,
      targetDate: null,
      tags: [],
    });
    const add = (title: string) => addKeyResult(objective.id, { type: 'done', title, done: false });
    const a = await add('A');
    await add('B');
    await add('C');
    await Promise.all([moveKeyResult(a.id, 1), moveKeyResult(a.id, 1)]);
    expect((await keyResultsOf(objective.id)).map((kr) => kr.title)).toEqual(['B', 'C', 'A']);
  });
});

describe('action items', () => {
  it('two quick status changes on one meeting’s items: both kept', async () => {
    const { series, meeting } = await meetingWith();
    const item = (text: string) =>
      createActionItem({
        text,
        owner: 'me',
        dueDate: null,
        objectiveId: null,
        seriesId: series.id,
        meetingId: meeting.id,
      });
    const [x, y] = [await item('X'), await item('Y')];
    await Promise.all([setActionItemStatus(x.id, 'done'), setActionItemStatus(y.id, 'dropped')]);
    expect((await db.actionItems.get(x.id))?.status).toBe('done');
    expect((await db.actionItems.get(y.id))?.status).toBe('dropped');
  });
});
