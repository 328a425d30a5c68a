import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { agendaToMarkdown } from '../../../shared/domain/oneonones/agenda-markdown';
import { agendaWithCarryOver } from '../../../shared/domain/oneonones/carry-over';
import type { DigestPoint } from '../../../shared/domain/oneonones/digest';
import type { Period } from '../../../shared/domain/oneonones/period';
import { isValidIsoDate, todayIsoDate } from '../../../shared/domain/dates';
import type { ActionItem, AgendaItem } from '../../../shared/domain/records';
import { useUiStore } from '../app/ui-store';
import { createActionItem, setActionItemStatus } from '../db/repo/actionItems';
import {
  addToAgenda,
  markMeetingDone,
  openMeetingNotes,
  planNextMeeting,
  reopenMeeting,
  saveAgenda,
  savePrivateNotes,
  setMeetingDate,
} from '../db/repo/meetings';
import { newId } from '../db/repo/records';
import { ValidationError } from '../db/repo/validation';
import { platform } from '../platform';
import { formatDate, formatLongDate } from '../ui/format';
import { ArrowLeftIcon } from '../ui/icons';
import { CopyMarkdownButton } from './CopyMarkdown';
import { DigestPanel } from './DigestPanel';
import { PeriodForm } from './PeriodForm';
import { useMeetingData, type MeetingData } from './useMeetingData';
import './oneonones.css';

const KIND_LABEL: Record<AgendaItem['kind'], string> = {
  carryOver: 'Carried over',
  point: 'From the digest',
  topic: 'Topic',
  ask: 'Ask',
};

/** `/one-on-ones/:seriesId/:meetingId`: prepare, hold and follow up one meeting. */
export function MeetingPage({ seriesId, meetingId }: { seriesId: string; meetingId: string }) {
  const [chosen, setChosen] = useState<Period | null>(null);
  const data = useMeetingData(seriesId, meetingId, chosen);

  if (data === undefined) return <div className="page" aria-busy="true" />;
  if (data === null) {
    return (
      <div className="page">
        <Link href="/one-on-ones" className="back-link">
          <ArrowLeftIcon /> 1:1s
        </Link>
        <h1>This meeting is not here</h1>
        <p className="muted">
          It may belong to a deleted series. Its notes are still in your journal.
        </p>
      </div>
    );
  }
  return <MeetingView key={data.meeting.id} data={data} chosen={chosen} onChoose={setChosen} />;
}

function MeetingView({
  data,
  chosen,
  onChoose,
}: {
  data: MeetingData;
  chosen: Period | null;
  onChoose: (p: Period | null) => void;
}) {
  const { series, meeting } = data;
  const [, navigate] = useLocation();
  const notify = useUiStore((s) => s.notify);
  const planned = meeting.status === 'planned';
  const who = series.person.trim() || series.name;

  // A planned meeting shows the open items carried onto it live; a held one shows what it kept.
  const agenda = planned
    ? agendaWithCarryOver(meeting.agenda, data.carried, (item) => `carry:${item.id}`)
    : meeting.agenda;
  const onAgenda = new Set(
    agenda.filter((a) => a.source).map((a) => `${a.source!.type}:${a.source!.id}`),
  );

  const writeAgenda = (next: AgendaItem[]) =>
    saveAgenda(
      meeting.id,
      next.map((a) => (a.id.startsWith('carry:') ? { ...a, id: newId() } : a)),
    ).catch((err: unknown) => notify(String(err instanceof Error ? err.message : err), 'error'));

  const appendToAgenda = (item: AgendaItem) =>
    addToAgenda(meeting.id, item).catch((err: unknown) =>
      notify(String(err instanceof Error ? err.message : err), 'error'),
    );

  const addPoint = (point: DigestPoint) => {
    void appendToAgenda({ id: newId(), text: point.text, source: point.source, kind: 'point' });
  };

  const markdown = agendaToMarkdown(`1:1 with ${who}`, meeting.date, agenda);

  const exportAgenda = async () => {
    try {
      const result = await platform.saveFile({
        suggestedName: `1-1-${who.replace(/[^\w-]+/g, '-').toLowerCase()}-${meeting.date}.md`,
        content: markdown,
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      });
      if (result.saved) notify('Agenda exported.');
    } catch (err) {
      notify(
        `The agenda could not be exported: ${err instanceof Error ? err.message : String(err)}`,
        'error',
      );
    }
  };

  const openNotes = async () => {
    const id = await openMeetingNotes(meeting.id);
    navigate(`/entry/${id}`);
  };

  return (
    <div className="page" style={{ maxWidth: 1200 }}>
      <Link href={`/one-on-ones/${series.id}`} className="back-link">
        <ArrowLeftIcon /> {series.name}
      </Link>
      <header className="page__header">
        <p className="eyebrow">
          {series.name} · {planned ? 'Planned' : 'Held'}
        </p>
        <h1>
          1:1 with {who} — {formatLongDate(meeting.date)}
        </h1>
      </header>

      <div className="oo-actions" style={{ marginBottom: 'var(--space-4)' }}>
        {planned && (
          <label className="oo-actions">
            <span className="oo-meta">Meeting date</span>
            <input
              type="date"
              className="oo-input"
              value={meeting.date}
              onChange={(e) => {
                if (isValidIsoDate(e.target.value)) void setMeetingDate(meeting.id, e.target.value);
              }}
            />
          </label>
        )}
        <button type="button" className="button" onClick={() => void openNotes()}>
          {meeting.notesEntryId ? 'Open meeting notes' : 'Write meeting notes'}
        </button>
        {planned ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              void markMeetingDone(meeting.id).then(() =>
                notify('Marked as held. Open items will carry over.'),
              )
            }
          >
            Mark meeting done
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() =>
                void planNextMeeting(series.id).then((m) =>
                  navigate(`/one-on-ones/${series.id}/${m.id}`),
                )
              }
            >
              Prepare next 1:1
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => void reopenMeeting(meeting.id)}
            >
              Reopen
            </button>
          </>
        )}
      </div>

      <div className="oo-grid">
        <div className="oo-stack">
          <DigestPanel data={data} onAgenda={onAgenda} onAdd={addPoint} canAdd />
          <PeriodChooser period={data.digest.period} chosen={chosen} onChoose={onChoose} />
        </div>
        <div className="oo-stack">
          <AgendaPanel
            agenda={agenda}
            itemsById={data.itemsById}
            onChange={(next) => void writeAgenda(next)}
            onAdd={(item) => void appendToAgenda(item)}
            actions={
              <>
                <CopyMarkdownButton markdown={markdown} />
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void exportAgenda()}
                >
                  Export .md file
                </button>
              </>
            }
          />
          <PrivateNotes meetingId={meeting.id} stored={meeting.privateNotes} />
          <ActionItemsPanel data={data} />
        </div>
      </div>
    </div>
  );
}

function PeriodChooser({
  period,
  chosen,
  onChoose,
}: {
  period: Period;
  chosen: Period | null;
  onChoose: (p: Period | null) => void;
}) {
  return (
    <details className="card">
      <summary>Choose another period</summary>
      <PeriodForm
        initial={period}
        submitLabel="Show this period"
        className="oo-inline-form oo-period-form"
        onChoose={onChoose}
      >
        {chosen && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => onChoose(null)}
          >
            Back to “since last 1:1”
          </button>
        )}
      </PeriodForm>
    </details>
  );
}

function AgendaPanel({
  agenda,
  itemsById,
  onChange,
  onAdd,
  actions,
}: {
  agenda: AgendaItem[];
  itemsById: Map<string, ActionItem>;
  onChange: (next: AgendaItem[]) => void;
  onAdd: (item: AgendaItem) => void;
  actions: React.ReactNode;
}) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'topic' | 'ask'>('topic');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const move = (index: number, by: number) => {
    const next = [...agenda];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setError('Write the topic or ask first.');
      return;
    }
    onAdd({ id: newId(), text: text.trim(), source: null, kind });
    setText('');
    setError(null);
  };

  return (
    <section className="card oo-card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      {agenda.length === 0 ? (
        <p className="empty">Add points from the digest, or a topic or ask below.</p>
      ) : (
        <ol className="oo-list" aria-label="Agenda points">
          {agenda.map((item, index) => {
            const linked =
              item.source?.type === 'actionItem' ? itemsById.get(item.source.id) : undefined;
            const closed = linked && linked.status !== 'open';
            return (
              <li key={item.id} className="oo-point oo-row">
                <div className="oo-row__main">
                  <span className={closed ? 'oo-strike' : undefined}>{item.text}</span>
                  <span className="oo-meta">
                    {KIND_LABEL[item.kind]}
                    {closed ? ` · ${linked.status}` : ''}
                  </span>
                </div>
                <div className="oo-row__actions">
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={`Move up: ${item.text}`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    disabled={index === agenda.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={`Move down: ${item.text}`}
                  >
                    ↓
                  </button>
                  {item.kind !== 'carryOver' && (
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      onClick={() => onChange(agenda.filter((a) => a.id !== item.id))}
                      aria-label={`Remove: ${item.text}`}
                    >
                      ✕
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <form className="oo-inline-form" onSubmit={add} style={{ marginTop: 'var(--space-3)' }}>
        <label className="field oo-grow" htmlFor={inputId}>
          <span className="field__label">New topic or ask</span>
          <input
            id={inputId}
            value={text}
            maxLength={5000}
            onChange={(e) => setText(e.target.value)}
            placeholder="Career path next year"
          />
        </label>
        <label className="field">
          <span className="field__label">Type</span>
          <select
            className="oo-select"
            value={kind}
            onChange={(e) => setKind(e.target.value as 'topic' | 'ask')}
          >
            <option value="topic">Topic</option>
            <option value="ask">Ask</option>
          </select>
        </label>
        <button type="submit" className="button button--small">
          Add to agenda
        </button>
      </form>
      {error && (
        <p className="oo-error" role="alert">
          {error}
        </p>
      )}
      <div className="oo-actions" style={{ marginTop: 'var(--space-3)' }}>
        {actions}
      </div>
    </section>
  );
}

/** Only for me: saved on a pause and on leaving the field, never part of the copied agenda. */
function PrivateNotes({ meetingId, stored }: { meetingId: string; stored: string }) {
  const [text, setText] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // What is typed and what was last written, outside render so the unmount save sees them.
  const pending = useRef<string | null>(null);
  const id = useId();

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    pending.current = null;
    if (value !== null) void savePrivateNotes(meetingId, value);
  };
  // Save what is pending when the page goes away.
  useEffect(() => () => flush(), []); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section className="card oo-card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Private notes</h2>
      <p className="oo-meta">Only for you: never copied or exported with the agenda.</p>
      <textarea
        className="oo-textarea"
        aria-labelledby={`${id}-h`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          pending.current = e.target.value;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, 600);
        }}
        onBlur={flush}
      />
    </section>
  );
}

function ActionItemsPanel({ data }: { data: MeetingData }) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<'me' | 'them'>('me');
  const [due, setDue] = useState('');
  const [objectiveId, setObjectiveId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const today = todayIsoDate();
  const items = [...data.carried, ...data.recorded];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setError('An action item needs some text: write what needs doing.');
      return;
    }
    try {
      await createActionItem({
        text,
        owner,
        dueDate: due === '' ? null : due,
        objectiveId: objectiveId || null,
        seriesId: data.series.id,
        meetingId: data.meeting.id,
      });
      setText('');
      setDue('');
      setError(null);
    } catch (err) {
      setError(
        err instanceof ValidationError ? err.message : 'The action item could not be saved.',
      );
    }
  };

  return (
    <section className="card oo-card" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Action items</h2>
      {items.length === 0 ? (
        <p className="empty">No action items yet.</p>
      ) : (
        <ActionItemList
          items={items}
          today={today}
          fromEarlier={new Set(data.carried.map((i) => i.id))}
        />
      )}
      <form
        className="oo-inline-form"
        onSubmit={(e) => void submit(e)}
        style={{ marginTop: 'var(--space-3)' }}
      >
        <label className="field oo-full">
          <span className="field__label">New action item</span>
          <input
            value={text}
            maxLength={5000}
            onChange={(e) => setText(e.target.value)}
            placeholder="Send the design doc to Sam"
            aria-invalid={error !== null}
          />
        </label>
        <label className="field">
          <span className="field__label">Owner</span>
          <select
            className="oo-select"
            value={owner}
            onChange={(e) => setOwner(e.target.value as 'me' | 'them')}
          >
            <option value="me">Me</option>
            <option value="them">Them</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">Due</span>
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        {data.objectives.length > 0 && (
          <label className="field">
            <span className="field__label">Objective</span>
            <select
              className="oo-select"
              value={objectiveId}
              onChange={(e) => setObjectiveId(e.target.value)}
            >
              <option value="">None</option>
              {data.objectives.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="button button--small">
          Add action item
        </button>
      </form>
      {error && (
        <p className="oo-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

export function ActionItemList({
  items,
  today,
  fromEarlier,
  seriesNames,
}: {
  items: ActionItem[];
  today: string;
  fromEarlier?: ReadonlySet<string>;
  /** When given, each item names its series and links to the meeting it came from. */
  seriesNames?: ReadonlyMap<string, string>;
}) {
  return (
    <ul className="oo-list" aria-label="Action items">
      {items.map((item) => {
        const overdue = item.status === 'open' && item.dueDate !== null && item.dueDate < today;
        return (
          <li key={item.id} className="oo-point oo-row">
            <div className="oo-row__main">
              <label className="oo-check">
                <input
                  type="checkbox"
                  checked={item.status === 'done'}
                  disabled={item.status === 'dropped'}
                  onChange={(e) =>
                    void setActionItemStatus(item.id, e.target.checked ? 'done' : 'open')
                  }
                />
                <span className={item.status === 'open' ? undefined : 'oo-strike'}>
                  {item.owner === 'me' ? 'Me' : 'Them'}: {item.text}
                </span>
              </label>
              <span className="oo-meta oo-check__meta">
                {fromEarlier?.has(item.id) && <span className="pill">Carried over</span>}
                {overdue && <span className="pill oo-pill--overdue">Overdue</span>}
                {item.dueDate && <span>Due {formatDate(item.dueDate)}</span>}
                {item.status !== 'open' && (
                  <span>{item.status === 'done' ? 'Done' : 'Dropped'}</span>
                )}
                {seriesNames && item.seriesId && seriesNames.has(item.seriesId) && (
                  <Link
                    href={
                      item.meetingId
                        ? `/one-on-ones/${item.seriesId}/${item.meetingId}`
                        : `/one-on-ones/${item.seriesId}`
                    }
                  >
                    {seriesNames.get(item.seriesId)}
                  </Link>
                )}
              </span>
            </div>
            <span className="oo-row__actions">
              {item.status === 'open' ? (
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => void setActionItemStatus(item.id, 'dropped')}
                  aria-label={`Drop: ${item.text}`}
                >
                  Drop
                </button>
              ) : item.status === 'dropped' ? (
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => void setActionItemStatus(item.id, 'open')}
                  aria-label={`Reopen: ${item.text}`}
                >
                  Reopen
                </button>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
