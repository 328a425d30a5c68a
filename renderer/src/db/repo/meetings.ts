import { Dexie } from 'dexie';
import {
  agendaWithCarryOver,
  carriedItemsFor,
} from '../../../../shared/domain/oneonones/carry-over';
import { addDays, shortDate } from '../../../../shared/domain/oneonones/period';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { moveById, removeById, updateById } from '../../../../shared/domain/list-edits';
import { meetingSchema, type AgendaItem, type Meeting } from '../../../../shared/domain/records';
import { db } from '../db';
import { entryTables, newEntry, saveEntry } from './entries';
import { newId, newRecordBase, nextUpdatedAt } from './records';
import { validate, ValidationError } from './validation';

export async function meetingsForSeries(seriesId: string): Promise<Meeting[]> {
  const meetings = await db.meetings
    .where('[seriesId+date]')
    .between([seriesId, Dexie.minKey], [seriesId, Dexie.maxKey])
    .toArray();
  return meetings.filter((m) => m.deleted === 0);
}

export function getMeeting(id: string): Promise<Meeting | undefined> {
  return db.meetings.get(id);
}

export async function createMeeting(seriesId: string, date: string): Promise<Meeting> {
  return db.transaction('rw', db.series, db.meetings, async () => {
    const series = await db.series.get(seriesId);
    if (!series || series.deleted === 1) throw new Error('This 1:1 series is not there any more.');
    const meeting = validate(
      meetingSchema,
      {
        ...newRecordBase(),
        seriesId,
        date,
        status: 'planned',
        agenda: [],
        privateNotes: '',
        notesEntryId: null,
      },
      'Meeting',
    );
    await db.meetings.add(meeting);
    return meeting;
  });
}

/**
 * The next meeting of a series: an existing planned one is reused, otherwise one is created a
 * cadence after the latest meeting (or today for the very first).
 */
export async function planNextMeeting(seriesId: string, today = todayIsoDate()): Promise<Meeting> {
  const meetings = await meetingsForSeries(seriesId);
  const planned = meetings.filter((m) => m.status === 'planned').sort(byDate)[0];
  if (planned) return planned;
  const series = await db.series.get(seriesId);
  if (!series) throw new Error('This 1:1 series is not there any more.');
  const latest = meetings.sort(byDate).at(-1);
  const next = latest ? addDays(latest.date, series.cadenceDays) : today;
  return createMeeting(seriesId, next);
}

function byDate(a: Meeting, b: Meeting): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);
}

async function updateMeeting(id: string, change: (m: Meeting) => Meeting): Promise<Meeting> {
  return db.transaction('rw', db.meetings, async () => {
    const existing = await db.meetings.get(id);
    if (!existing || existing.deleted === 1) throw new Error('This meeting is not there any more.');
    const meeting = validate(
      meetingSchema,
      { ...change(existing), updatedAt: nextUpdatedAt(existing.updatedAt) },
      'Meeting',
    );
    await db.meetings.put(meeting);
    return meeting;
  });
}

/** Id prefix of a carried item shown on a planned meeting's agenda but not stored on it yet. */
export const CARRY_PREFIX = 'carry:';

/**
 * The agenda as the page shows it: for a planned meeting, the open items carried onto it first
 * (with `carry:<item id>` ids), then the stored points. Read inside the caller's transaction.
 */
async function agendaAsShown(meeting: Meeting): Promise<AgendaItem[]> {
  if (meeting.status !== 'planned') return meeting.agenda;
  const [series, open] = await Promise.all([
    meetingsForSeries(meeting.seriesId),
    db.actionItems.where('[deleted+status]').equals([0, 'open']).toArray(),
  ]);
  const carried = carriedItemsFor(meeting, open, new Map(series.map((m) => [m.id, m])));
  return agendaWithCarryOver(meeting.agenda, carried, (item) => `${CARRY_PREFIX}${item.id}`);
}

/** Carried points become stored points (with real ids) once the agenda around them is edited. */
const storedIds = (agenda: AgendaItem[]) =>
  agenda.map((a) => (a.id.startsWith(CARRY_PREFIX) ? { ...a, id: newId() } : a));

/** Edits the stored agenda of a meeting inside one transaction, from the agenda as it is now. */
async function editAgenda(
  id: string,
  edit: (shown: AgendaItem[]) => AgendaItem[],
): Promise<Meeting> {
  return db.transaction('rw', db.meetings, db.actionItems, async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting || meeting.deleted === 1) throw new Error('This meeting is not there any more.');
    const shown = await agendaAsShown(meeting);
    const edited = edit(shown);
    // Nothing moved or changed: leave the stored agenda (and its carried points) as it is.
    if (edited.length === shown.length && edited.every((a, i) => a === shown[i])) return meeting;
    return updateMeeting(id, (m) => ({ ...m, agenda: storedIds(edited) }));
  });
}

/** Moves one point up (-1) or down (+1) on the agenda as it is stored now. */
export function moveAgendaPoint(id: string, pointId: string, by: -1 | 1): Promise<Meeting> {
  return editAgenda(id, (shown) => moveById(shown, pointId, by));
}

/** Removes one point; carried items leave the agenda only when they are closed. */
export function removeAgendaPoint(id: string, pointId: string): Promise<Meeting> {
  return editAgenda(id, (shown) =>
    removeById(shown, shown.find((a) => a.id === pointId && a.kind !== 'carryOver') ? pointId : ''),
  );
}

/** Changes the text of one point (a topic, ask or digest point; not a carried item). */
export function editAgendaPoint(id: string, pointId: string, text: string): Promise<Meeting> {
  const trimmed = text.trim();
  if (trimmed === '') {
    return Promise.reject(
      new ValidationError('Agenda point', [{ field: 'text', message: 'cannot be empty' }]),
    );
  }
  return editAgenda(id, (shown) =>
    updateById(shown, pointId, (a) => (a.kind === 'carryOver' ? a : { ...a, text: trimmed })),
  );
}

/**
 * Appends one point to the stored agenda inside the transaction, so two quick additions never
 * overwrite each other (each reads the agenda the other just wrote).
 */
export function addToAgenda(id: string, item: AgendaItem): Promise<Meeting> {
  return updateMeeting(id, (m) => ({ ...m, agenda: [...m.agenda, item] }));
}

export function savePrivateNotes(id: string, privateNotes: string): Promise<Meeting> {
  return updateMeeting(id, (m) => ({ ...m, privateNotes }));
}

export function setMeetingDate(id: string, date: string): Promise<Meeting> {
  return updateMeeting(id, (m) => ({ ...m, date }));
}

/**
 * Marks a meeting held. The items carried onto it are written into its agenda first, so the
 * meeting keeps a record of what was carried even after those items are closed.
 */
export async function markMeetingDone(id: string): Promise<Meeting> {
  return db.transaction('rw', db.meetings, db.actionItems, async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting || meeting.deleted === 1) throw new Error('This meeting is not there any more.');
    const agenda = storedIds(await agendaAsShown(meeting));
    return updateMeeting(id, (m) => ({ ...m, agenda, status: 'done' }));
  });
}

export function reopenMeeting(id: string): Promise<Meeting> {
  return updateMeeting(id, (m) => ({ ...m, status: 'planned' }));
}

/**
 * The meeting's notes: a 1:1 notes journal entry tied to it, created on first use with a title so
 * it is never an empty entry. Returns the entry id.
 */
export async function openMeetingNotes(meetingId: string): Promise<string> {
  return db.transaction('rw', [db.meetings, db.series, ...entryTables()], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting || meeting.deleted === 1) throw new Error('This meeting is not there any more.');
    if (meeting.notesEntryId) {
      const existing = await db.entries.get(meeting.notesEntryId);
      if (existing && existing.deleted === 0) return existing.id;
    }
    const series = await db.series.get(meeting.seriesId);
    const who = series?.person.trim() || series?.name.trim() || 'my 1:1';
    const entry = {
      ...newEntry('oneOnOne', meeting.date),
      title: `1:1 with ${who} — ${shortDate(meeting.date)}`,
      meetingId: meeting.id,
    };
    const outcome = await saveEntry(entry);
    if (!outcome.saved) throw new Error('The notes could not be created.');
    await updateMeeting(meeting.id, (m) => ({ ...m, notesEntryId: entry.id }));
    return entry.id;
  });
}
