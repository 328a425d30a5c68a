import { useLocation } from 'wouter';
import { isValidIsoDate } from '../../../shared/domain/dates';
import type { Meeting } from '../../../shared/domain/records';
import { reportError } from '../app/reportError';
import { useUiStore } from '../app/ui-store';
import {
  markMeetingDone,
  openMeetingNotes,
  planNextMeeting,
  reopenMeeting,
  setMeetingDate,
} from '../db/repo/meetings';

/** The meeting's own controls: its date, its notes, and marking it held (or reopening it). */
export function MeetingActions({ meeting }: { meeting: Meeting }) {
  const [, navigate] = useLocation();
  const notify = useUiStore((s) => s.notify);
  const planned = meeting.status === 'planned';

  const openNotes = () =>
    void openMeetingNotes(meeting.id)
      .then((id) => navigate(`/entry/${id}`))
      .catch(reportError('The meeting notes could not be opened'));

  return (
    <div className="oo-actions oo-before">
      {planned && (
        <label className="oo-actions">
          <span className="oo-meta">Meeting date</span>
          <input
            type="date"
            className="oo-input"
            value={meeting.date}
            onChange={(e) => {
              if (!isValidIsoDate(e.target.value)) return;
              void setMeetingDate(meeting.id, e.target.value).catch(
                reportError('The date was not changed'),
              );
            }}
          />
        </label>
      )}
      <button type="button" className="button" onClick={openNotes}>
        {meeting.notesEntryId ? 'Open meeting notes' : 'Write meeting notes'}
      </button>
      {planned ? (
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void markMeetingDone(meeting.id)
              .then(() => notify('Marked as held. Open items will carry over.'))
              .catch(reportError('The meeting was not marked as held'))
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
              void planNextMeeting(meeting.seriesId)
                .then((m) => navigate(`/one-on-ones/${meeting.seriesId}/${m.id}`))
                .catch(reportError('The next 1:1 could not be prepared'))
            }
          >
            Prepare next 1:1
          </button>
          <button
            type="button"
            className="button button--ghost"
            onClick={() =>
              void reopenMeeting(meeting.id).catch(reportError('The meeting was not reopened'))
            }
          >
            Reopen
          </button>
        </>
      )}
    </div>
  );
}
