import type {
  ActionItem,
  CheckIn,
  Entry,
  EntryKind,
  Meeting,
  Objective,
} from '../../../shared/domain/records';

let counter = 0;
/** A fresh UUID-shaped id, readable in failures. */
export function uid(): string {
  counter++;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

const base = (createdAt = '2026-11-01T09:00:00.000Z') => ({
  id: uid(),
  createdAt,
  updatedAt: createdAt,
  deleted: 0 as const,
  deletedAt: null,
});

export function entry(kind: EntryKind, date: string, extra: Partial<Entry> = {}): Entry {
  return {
    ...base(),
    kind,
    date,
    title: `${kind} on ${date}`,
    body: '',
    answers: {},
    mood: null,
    energy: null,
    tags: [],
    objectiveIds: [],
    sharing: 'private',
    shareSummary: '',
    meetingId: null,
    ...extra,
  };
}

export function objective(title: string, extra: Partial<Objective> = {}): Objective {
  return {
    ...base(),
    title,
    why: '',
    orgGoal: '',
    smart: { specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' },
    targetDate: null,
    status: 'active',
    tags: [],
    achievedAt: null,
    ...extra,
  };
}

export function checkIn(
  objectiveId: string,
  date: string,
  progress: number,
  extra: Partial<CheckIn> = {},
): CheckIn {
  return {
    ...base(`${date}T10:00:00.000Z`),
    objectiveId,
    date,
    progress,
    confidence: 3,
    blockers: '',
    note: '',
    ...extra,
  };
}

export function meeting(seriesId: string, date: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    ...base(`${date}T08:00:00.000Z`),
    seriesId,
    date,
    status: 'planned',
    agenda: [],
    privateNotes: '',
    notesEntryId: null,
    ...extra,
  };
}

export function actionItem(text: string, extra: Partial<ActionItem> = {}): ActionItem {
  return {
    ...base(),
    text,
    owner: 'me',
    dueDate: null,
    status: 'open',
    objectiveId: null,
    seriesId: null,
    meetingId: null,
    completedAt: null,
    ...extra,
  };
}
