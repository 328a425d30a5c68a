import { Link } from 'wouter';
import type { ActionItem } from '../../../shared/domain/records';
import { reportError } from '../app/reportError';
import { setActionItemStatus } from '../db/repo/actionItems';
import { formatDate } from '../ui/format';

const setStatus = (id: string, status: ActionItem['status']) =>
  void setActionItemStatus(id, status).catch(reportError('The action item was not updated'));

/**
 * Action items with their status, due date and where they came from; ticking, dropping and
 * reopening change one stored item each. Used by a meeting and by the list of every open item.
 */
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
                  onChange={(e) => setStatus(item.id, e.target.checked ? 'done' : 'open')}
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
                  onClick={() => setStatus(item.id, 'dropped')}
                  aria-label={`Drop: ${item.text}`}
                >
                  Drop
                </button>
              ) : item.status === 'dropped' ? (
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => setStatus(item.id, 'open')}
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
