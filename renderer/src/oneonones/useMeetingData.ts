import { useLiveQuery } from 'dexie-react-hooks';
import { carriedItemsFor } from '../../../shared/domain/oneonones/carry-over';
import {
  assembleDigest,
  digestPeriodFor,
  type Digest,
  type DigestPeriodReason,
} from '../../../shared/domain/oneonones/digest';
import type { Period } from '../../../shared/domain/oneonones/period';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { ActionItem, Meeting, Objective, Series } from '../../../shared/domain/records';
import { actionItemsForMeeting, getActionItems, openActionItems } from '../db/repo/actionItems';
import { getMeeting, meetingsForSeries } from '../db/repo/meetings';
import { latestCheckIns } from '../db/repo/checkIns';
import { liveObjectives } from '../db/repo/objectives';
import { checkInsInPeriod, entriesInPeriod } from '../db/repo/oneOnOneQueries';
import { getSeries } from '../db/repo/series';
import { readSettings } from '../db/repo/settings';

export interface MeetingData {
  series: Series;
  meeting: Meeting;
  previous: Meeting | null;
  reason: DigestPeriodReason;
  digest: Digest;
  /** Open items of earlier meetings of the series, carried onto this one. */
  carried: ActionItem[];
  /** Items recorded in this meeting, any status. */
  recorded: ActionItem[];
  /** Every action item the agenda or digest may name, by id, to show its status. */
  itemsById: Map<string, ActionItem>;
  objectives: Objective[];
}

/**
 * Everything the meeting page shows, read live through indexes: the entries and check-ins of the
 * digest period only, never every entry.
 */
export function useMeetingData(
  seriesId: string,
  meetingId: string,
  chosen: Period | null,
): MeetingData | null | undefined {
  return useLiveQuery(async () => {
    const [series, meeting] = await Promise.all([getSeries(seriesId), getMeeting(meetingId)]);
    if (!series || series.deleted === 1 || !meeting || meeting.deleted === 1) return null;
    if (meeting.seriesId !== series.id) return null;
    const [meetings, settings, open, recorded, objectives] = await Promise.all([
      meetingsForSeries(series.id),
      readSettings(),
      openActionItems(),
      actionItemsForMeeting(meeting.id),
      liveObjectives(),
    ]);
    const computed = digestPeriodFor(meeting, meetings, series.cadenceDays);
    const period = chosen ?? computed.period;
    // Only active objectives can go stale, and only those checked in during the period need the
    // figure before it: two small index reads per such objective, not per objective ever made.
    const active = objectives.filter((o) => o.status === 'active').map((o) => o.id);
    const [entries, checkIns, latest] = await Promise.all([
      entriesInPeriod(period),
      checkInsInPeriod(period),
      latestCheckIns(active),
    ]);
    const before = await latestCheckIns(
      [...new Set(checkIns.map((c) => c.objectiveId))],
      period.from,
    );
    // Items recorded in this meeting are for the next one, not news for this one.
    const seriesOpen = open.filter((i) => i.seriesId === series.id && i.meetingId !== meeting.id);
    const digest = assembleDigest({
      period,
      entries,
      checkIns,
      checkInsBefore: before,
      latestCheckIns: latest,
      objectives,
      actionItems: seriesOpen,
      today: todayIsoDate(),
      staleAfterDays: settings.staleAfterDays,
    });
    const carried = carriedItemsFor(meeting, open, new Map(meetings.map((m) => [m.id, m])));
    const itemsById = new Map<string, ActionItem>();
    for (const item of [...open, ...recorded]) itemsById.set(item.id, item);
    // Items carried onto a held meeting may since be closed; read them so their status shows.
    const missing = meeting.agenda
      .filter((a) => a.source?.type === 'actionItem' && !itemsById.has(a.source.id))
      .map((a) => a.source!.id);
    if (missing.length > 0) {
      for (const item of await getActionItems(missing)) itemsById.set(item.id, item);
    }
    return {
      series,
      meeting,
      previous: computed.previous,
      reason: chosen ? 'chosen' : computed.reason,
      digest,
      carried,
      recorded,
      itemsById,
      objectives,
    };
  }, [seriesId, meetingId, chosen?.from, chosen?.to]);
}
