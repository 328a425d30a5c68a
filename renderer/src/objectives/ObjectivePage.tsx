import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { todayIsoDate } from '../../../shared/domain/dates';
import { deriveObjectiveProgress } from '../../../shared/domain/progress';
import { smartChecklist } from '../../../shared/domain/smart';
import { daysBetween, isOverdue, isStale } from '../../../shared/domain/stale';
import { useSettings } from '../app/useSettings';
import { useUiStore } from '../app/ui-store';
import {
  allowedActions,
  changeObjectiveStatus,
  trashObjective,
  type StatusAction,
} from '../db/repo/objectives';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDate } from '../ui/format';
import { ArrowLeftIcon, TrashIcon } from '../ui/icons';
import { Activities } from './Activities';
import { Celebration } from './Celebration';
import { CheckIns } from './CheckIns';
import { Evidence } from './Evidence';
import { KeyResults } from './KeyResults';
import { ACTION_LABELS, formatPercent, PROGRESS_RULE, STATUS_LABELS } from './labels';
import { ProgressBar } from './ProgressBar';
import { SmartChecklist } from './SmartChecklist';
import { useObjective, type ObjectiveData } from './useObjective';
import './objectives.css';

// uPlot is only needed here, so it loads with this page rather than at start-up.
const ProgressChart = lazy(() =>
  import('./ProgressChart').then((m) => ({ default: m.ProgressChart })),
);

function BackToObjectives() {
  return (
    <Link href="/objectives" className="back-link">
      <ArrowLeftIcon /> Objectives
    </Link>
  );
}

/** `/objectives/:id`. */
export function ObjectivePage({ id }: { id: string }) {
  const data = useObjective(id);
  const settings = useSettings();
  if (data === undefined || !settings) return <div className="page" aria-busy="true" />;
  if (data === null) {
    return (
      <div className="page">
        <BackToObjectives />
        <h1>This objective is not here</h1>
        <p className="muted">It may have been deleted; the objectives list can restore it.</p>
      </div>
    );
  }
  return <ObjectiveView data={data} staleAfterDays={settings.staleAfterDays} />;
}

function ObjectiveView({ data, staleAfterDays }: { data: ObjectiveData; staleAfterDays: number }) {
  const { objective, keyResults, activities, checkIns, evidence } = data;
  const today = todayIsoDate();
  const progress = deriveObjectiveProgress(keyResults, checkIns);
  const lastCheckIn = checkIns[checkIns.length - 1]?.date ?? null;
  const stale = isStale(objective, lastCheckIn, today, staleAfterDays);
  const overdue = isOverdue(objective, today);
  const checks = smartChecklist(objective, keyResults, today);

  return (
    <div className="page page--wide">
      <BackToObjectives />
      <header className="page__header objective-header">
        <p className="eyebrow">
          <span className={`status status--${objective.status}`}>
            {STATUS_LABELS[objective.status]}
          </span>
          {objective.targetDate && (
            <span className={overdue ? 'flag flag--danger' : ''}>
              {overdue ? 'Overdue since ' : 'Target '}
              {formatDate(objective.targetDate)}
            </span>
          )}
        </p>
        <h1>{objective.title}</h1>
        {objective.why && <p className="lead">{objective.why}</p>}
        {objective.orgGoal && <p className="muted">Serves: {objective.orgGoal}</p>}
        {objective.tags.length > 0 && (
          <p className="objective-header__tags">
            {objective.tags.map((tag) => (
              <span key={tag} className="pill">
                {tag}
              </span>
            ))}
          </p>
        )}
        <StatusActions
          objectiveId={objective.id}
          title={objective.title}
          actions={allowedActions(objective.status)}
          linked={evidence.length}
        />
      </header>

      {objective.status === 'achieved' && (
        <Celebration objective={objective} evidence={evidence} checkIns={checkIns} />
      )}

      {stale && (
        <p className="callout callout--warn" role="status">
          {lastCheckIn
            ? `No check-in for ${daysBetween(lastCheckIn, today)} days.`
            : 'No check-in yet.'}{' '}
          How is it going?{' '}
          <a href="#check-in" onClick={focusCheckIn}>
            Check in below
          </a>
          .
        </p>
      )}

      <section className="card objective-section" aria-labelledby="progress-heading">
        <div className="progress-summary">
          <h2 id="progress-heading">Progress</h2>
          <span className="progress-summary__value">{formatPercent(progress)}</span>
        </div>
        <ProgressBar value={progress} label="Objective progress" />
        <p className="field__hint">{PROGRESS_RULE}</p>
        {checkIns.length > 0 ? (
          <Suspense fallback={<div className="progress-chart" aria-busy="true" />}>
            <ProgressChart
              checkIns={checkIns}
              summary={`Progress over time: ${checkIns
                .map((c) => `${formatDate(c.date)} ${Math.round(c.progress)}%`)
                .join(', ')}`}
            />
          </Suspense>
        ) : (
          <p className="muted">The chart of progress over time starts with your first check-in.</p>
        )}
      </section>

      <div className="objective-columns">
        <KeyResults objectiveId={objective.id} keyResults={keyResults} />
        <section className="card">
          <SmartChecklist checks={checks} headingId="smart-heading" />
          <Link
            href={`/objectives/${objective.id}/edit`}
            className="button button--small smart__edit"
          >
            Edit objective and SMART parts
          </Link>
        </section>
      </div>
      <CheckIns objectiveId={objective.id} checkIns={checkIns} derivedProgress={progress} />
      <Activities objectiveId={objective.id} activities={activities} />
      <Evidence objectiveId={objective.id} evidence={evidence} />
    </div>
  );
}

function focusCheckIn(event: React.MouseEvent) {
  // Hash routing owns the address bar, so the in-page jump is done by hand.
  event.preventDefault();
  const form = document.getElementById('check-in');
  form?.scrollIntoView({ block: 'start' });
  form?.querySelector<HTMLElement>('input, select, textarea')?.focus();
}

function StatusActions({
  objectiveId,
  title,
  actions,
  linked,
}: {
  objectiveId: string;
  title: string;
  actions: StatusAction[];
  linked: number;
}) {
  const [confirming, setConfirming] = useState(false);
  const [, navigate] = useLocation();
  const notify = useUiStore((s) => s.notify);
  const run = (action: StatusAction) =>
    void changeObjectiveStatus(objectiveId, action).then(
      () => action === 'achieve' && notify('Achieved. Look at the path that got you here.'),
      (cause: unknown) => notify(cause instanceof Error ? cause.message : String(cause), 'error'),
    );
  return (
    <div className="objective-actions">
      <Link href={`/objectives/${objectiveId}/edit`} className="button">
        Edit
      </Link>
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={action === 'achieve' ? 'button button--primary' : 'button'}
          onClick={() => run(action)}
        >
          {ACTION_LABELS[action]}
        </button>
      ))}
      <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
        <TrashIcon aria-hidden="true" /> Delete
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${title}”?`}
        confirmLabel="Delete objective"
        tone="danger"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void trashObjective(objectiveId).then(() => {
            notify('Objective deleted. Restore it from “Recently deleted” on this page.');
            navigate('/objectives');
          });
        }}
      >
        It moves to “Recently deleted” on the objectives list, where you can restore it.
        {linked > 0 &&
          ` The ${linked} linked journal ${linked === 1 ? 'entry stays' : 'entries stay'}; only the link is removed.`}
      </ConfirmDialog>
    </div>
  );
}
