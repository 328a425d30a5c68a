import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import type { ObjectiveStatus } from '../../../shared/domain/records';
import { daysBetween } from '../../../shared/domain/stale';
import { todayIsoDate } from '../../../shared/domain/dates';
import { useSettings } from '../app/useSettings';
import { useUiStore } from '../app/ui-store';
import { restoreObjective, trashedObjectives } from '../db/repo/objectives';
import { formatDate } from '../ui/format';
import { PlusIcon } from '../ui/icons';
import { formatPercent, STATUS_LABELS, STATUS_ORDER } from './labels';
import { ProgressBar } from './ProgressBar';
import { StaleSetting } from './StaleSetting';
import { useObjectiveRows, type ObjectiveRow } from './useObjectiveRows';
import './objectives.css';

type SortKey = 'targetDate' | 'progress';

function sortRows(rows: ObjectiveRow[], key: SortKey): ObjectiveRow[] {
  const byTitle = (a: ObjectiveRow, b: ObjectiveRow) =>
    a.objective.title.localeCompare(b.objective.title);
  return [...rows].sort((a, b) => {
    if (key === 'progress') return (a.progress ?? -1) - (b.progress ?? -1) || byTitle(a, b);
    // Soonest first; objectives with no date go last.
    const da = a.objective.targetDate ?? '9999-12-31';
    const dbb = b.objective.targetDate ?? '9999-12-31';
    return da.localeCompare(dbb) || byTitle(a, b);
  });
}

export function ObjectivesPage() {
  const settings = useSettings();
  const rows = useObjectiveRows(settings?.staleAfterDays);
  const [sort, setSort] = useState<SortKey>('targetDate');

  if (!rows || !settings) return <div className="page" aria-busy="true" />;

  const groups = STATUS_ORDER.map((status) => ({
    status,
    rows: sortRows(
      rows.filter((r) => r.objective.status === status),
      sort,
    ),
  })).filter((g) => g.rows.length > 0);
  const attention = rows.filter((r) => r.overdue || r.stale).length;

  return (
    <div className="page page--wide">
      <header className="page__header objectives-header">
        <div>
          <h1>Objectives</h1>
          <p className="lead">Your personal learning plan, and how it is moving.</p>
        </div>
        <div className="objectives-header__actions">
          <Link href="/objectives/skills" className="button">
            Skills
          </Link>
          <Link href="/objectives/new" className="button button--primary">
            <PlusIcon aria-hidden="true" /> New objective
          </Link>
        </div>
      </header>

      {rows.length === 0 ? (
        <div className="empty">
          <p>No objectives yet.</p>
          <p>
            Start with one thing you want to be able to do by the end of the quarter.{' '}
            <Link href="/objectives/new">Create your first objective</Link>.
          </p>
        </div>
      ) : (
        <>
          <div className="objectives-toolbar">
            <fieldset className="field">
              <legend className="visually-hidden">Sort objectives by</legend>
              <div className="segmented">
                {(
                  [
                    ['targetDate', 'Target date'],
                    ['progress', 'Least progress'],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value} className="segmented__option">
                    <input
                      type="radio"
                      name="objective-sort"
                      value={value}
                      checked={sort === value}
                      onChange={() => setSort(value)}
                    />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            {attention > 0 && (
              <p className="muted" role="status">
                {attention === 1
                  ? '1 objective needs attention.'
                  : `${attention} objectives need attention.`}
              </p>
            )}
          </div>
          {groups.map((group) => (
            <StatusGroup key={group.status} status={group.status} rows={group.rows} />
          ))}
        </>
      )}

      <StaleSetting value={settings.staleAfterDays} />
      <RecentlyDeleted />
    </div>
  );
}

function StatusGroup({ status, rows }: { status: ObjectiveStatus; rows: ObjectiveRow[] }) {
  const headingId = `group-${status}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {STATUS_LABELS[status]} <span className="objectives-count">({rows.length})</span>
      </h2>
      <ul className="objective-list">
        {rows.map((row) => (
          <li key={row.objective.id}>
            <ObjectiveCard row={row} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ObjectiveCard({ row }: { row: ObjectiveRow }) {
  const { objective, progress, overdue, stale, lastCheckIn } = row;
  const today = todayIsoDate();
  return (
    <Link
      href={`/objectives/${objective.id}`}
      className={`objective-card${overdue || stale ? ' objective-card--attention' : ''}`}
    >
      <span className="objective-card__title">{objective.title}</span>
      <span className="objective-card__meta">
        {objective.targetDate ? (
          overdue ? (
            <span className="flag flag--danger">
              Overdue since {formatDate(objective.targetDate)}
            </span>
          ) : (
            <span>Target {formatDate(objective.targetDate)}</span>
          )
        ) : (
          <span>No target date</span>
        )}
        {stale && (
          <span className="flag flag--warn">
            {lastCheckIn
              ? `No check-in for ${daysBetween(lastCheckIn, today)} days`
              : 'No check-in yet'}
          </span>
        )}
        {objective.tags.map((tag) => (
          <span key={tag} className="pill">
            {tag}
          </span>
        ))}
      </span>
      <span className="objective-card__progress">
        <ProgressBar value={progress} label={`Progress of ${objective.title}`} />
        <span className="objective-card__percent">{formatPercent(progress)}</span>
      </span>
    </Link>
  );
}

function RecentlyDeleted() {
  const trashed = useLiveQuery(trashedObjectives, []);
  const notify = useUiStore((s) => s.notify);
  if (!trashed || trashed.length === 0) return null;
  return (
    <section className="card" aria-labelledby="deleted-heading">
      <h2 id="deleted-heading">Recently deleted</h2>
      <p className="muted">
        Restoring brings back the objective with its key results, activities and check-ins. Links to
        journal entries were removed when it was deleted; the entries themselves are untouched.
      </p>
      <ul className="deleted-list">
        {trashed.map((objective) => (
          <li key={objective.id}>
            <span>{objective.title}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                void restoreObjective(objective.id).then(() =>
                  notify(`Restored “${objective.title}”.`),
                )
              }
            >
              Restore<span className="visually-hidden"> {objective.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
