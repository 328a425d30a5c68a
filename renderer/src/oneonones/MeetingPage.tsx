import { useState } from 'react';
import { Link } from 'wouter';
import { agendaToMarkdown } from '../../../shared/domain/oneonones/agenda-markdown';
import { agendaWithCarryOver } from '../../../shared/domain/oneonones/carry-over';
import type { DigestPoint } from '../../../shared/domain/oneonones/digest';
import type { Period } from '../../../shared/domain/oneonones/period';
import { reportError } from '../app/reportError';
import { useUiStore } from '../app/ui-store';
import { addToAgenda, CARRY_PREFIX } from '../db/repo/meetings';
import { newId } from '../db/repo/records';
import { platform } from '../platform';
import { formatLongDate } from '../ui/format';
import { ArrowLeftIcon } from '../ui/icons';
import { ActionItemsPanel } from './ActionItemsPanel';
import { AgendaPanel } from './AgendaPanel';
import { CopyMarkdownButton } from './CopyMarkdown';
import { DigestPanel } from './DigestPanel';
import { MeetingActions } from './MeetingActions';
import { PeriodChooser } from './PeriodChooser';
import { PrivateNotesPanel } from './PrivateNotesPanel';
import { useMeetingData, type MeetingData } from './useMeetingData';
import './oneonones.css';

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
  const notify = useUiStore((s) => s.notify);
  const planned = meeting.status === 'planned';
  const who = series.person.trim() || series.name;

  // A planned meeting shows the open items carried onto it live; a held one shows what it kept.
  const agenda = planned
    ? agendaWithCarryOver(meeting.agenda, data.carried, (item) => `${CARRY_PREFIX}${item.id}`)
    : meeting.agenda;
  const onAgenda = new Set(
    agenda.filter((a) => a.source).map((a) => `${a.source!.type}:${a.source!.id}`),
  );

  const addPoint = (point: DigestPoint) =>
    void addToAgenda(meeting.id, {
      id: newId(),
      text: point.text,
      source: point.source,
      kind: 'point',
    }).catch(reportError('The point was not added'));

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
      reportError('The agenda could not be exported')(err);
    }
  };

  return (
    <div className="page page--wide">
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
      <MeetingActions meeting={meeting} />
      <div className="oo-grid">
        <div className="oo-stack">
          <DigestPanel data={data} onAgenda={onAgenda} onAdd={addPoint} canAdd />
          <PeriodChooser period={data.digest.period} chosen={chosen} onChoose={onChoose} />
        </div>
        <div className="oo-stack">
          <AgendaPanel
            meetingId={meeting.id}
            agenda={agenda}
            itemsById={data.itemsById}
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
          <PrivateNotesPanel meetingId={meeting.id} stored={meeting.privateNotes} />
          <ActionItemsPanel data={data} />
        </div>
      </div>
    </div>
  );
}
