import type { ActionItem, AgendaItem, Meeting } from '../records';

/**
 * The rule: an open action item of a series is carried onto every later meeting of that series
 * until it is done or dropped. "Later" means a meeting dated after the one the item came from (on
 * the same day, a later-created meeting counts too); an item recorded outside any meeting carries
 * onto every meeting of its series. Items of other series never cross over.
 */
export function carriedItemsFor(
  meeting: Pick<Meeting, 'id' | 'seriesId' | 'date' | 'createdAt'>,
  items: readonly ActionItem[],
  meetingsById: ReadonlyMap<string, Pick<Meeting, 'date' | 'createdAt'>>,
): ActionItem[] {
  return items
    .filter((item) => {
      if (item.deleted === 1 || item.status !== 'open') return false;
      if (item.seriesId !== meeting.seriesId) return false;
      if (item.meetingId === meeting.id) return false;
      if (item.meetingId === null) return true;
      const origin = meetingsById.get(item.meetingId);
      if (!origin) return true;
      return (
        origin.date < meeting.date ||
        (origin.date === meeting.date && origin.createdAt < meeting.createdAt)
      );
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function carryOverAgendaItem(item: ActionItem, id: string): AgendaItem {
  return {
    id,
    text: `${item.owner === 'me' ? 'Me' : 'Them'}: ${item.text}`,
    source: { type: 'actionItem', id: item.id },
    kind: 'carryOver',
  };
}

/**
 * The agenda as it stands: the carried items first (those not already on it), then the stored
 * points in their order. Stored carry-over points whose item was since closed are kept — the
 * agenda is a record of what was raised.
 */
export function agendaWithCarryOver(
  agenda: readonly AgendaItem[],
  carried: readonly ActionItem[],
  makeId: (item: ActionItem) => string,
): AgendaItem[] {
  const onAgenda = new Set(
    agenda.filter((a) => a.source?.type === 'actionItem').map((a) => a.source!.id),
  );
  const fresh = carried
    .filter((item) => !onAgenda.has(item.id))
    .map((item) => carryOverAgendaItem(item, makeId(item)));
  return [...fresh, ...agenda];
}
