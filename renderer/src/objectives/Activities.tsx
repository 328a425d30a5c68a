import { useState } from 'react';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, type Activity } from '../../../shared/domain/records';
import {
  addActivity,
  removeActivity,
  setActivityStatus,
  updateActivity,
  type ActivityDraft,
  type ActivityStatus,
} from '../db/repo/activities';
import { reportError } from '../app/reportError';
import { Adder } from './Adder';
import { Field, fieldErrorsOf, type FieldErrors } from './fields';
import { ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS } from './labels';
import { EditRemoveButtons } from './EditRemoveButtons';

export function Activities({
  objectiveId,
  activities,
}: {
  objectiveId: string;
  activities: Activity[];
}) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="card objective-section" aria-labelledby="activities-heading">
      <h2 id="activities-heading">Learning activities</h2>
      {activities.length === 0 ? (
        <p className="muted">
          No activities yet: a course, a book, a mentor, a stretch assignment at work…
        </p>
      ) : (
        <ul className="activity-list">
          {activities.map((activity) =>
            editing === activity.id ? (
              <li key={activity.id}>
                <ActivityForm
                  label={`Edit ${activity.title}`}
                  submitLabel="Save activity"
                  initial={draftOf(activity)}
                  save={(draft) => updateActivity(activity.id, draft)}
                  onDone={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={activity.id} className="activity">
                <div className="activity__main">
                  <span className="activity__kind">{ACTIVITY_KIND_LABELS[activity.kind]}</span>
                  {activity.link ? (
                    <a
                      href={activity.link}
                      target="_blank"
                      rel="noreferrer"
                      className="activity__title"
                    >
                      {activity.title}
                      <span className="visually-hidden"> (opens in your browser)</span>
                    </a>
                  ) : (
                    <span className="activity__title">{activity.title}</span>
                  )}
                  {activity.notes && <p className="muted activity__notes">{activity.notes}</p>}
                </div>
                <label className="activity__status">
                  <span className="visually-hidden">Status of {activity.title}</span>
                  <select
                    value={activity.status}
                    onChange={(e) =>
                      void setActivityStatus(activity.id, e.target.value as ActivityStatus).catch(
                        reportError('The status was not changed'),
                      )
                    }
                  >
                    {ACTIVITY_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {ACTIVITY_STATUS_LABELS[status]}
                      </option>
                    ))}
                  </select>
                </label>
                <EditRemoveButtons
                  name={activity.title}
                  onEdit={() => setEditing(activity.id)}
                  onRemove={() =>
                    void removeActivity(activity.id).catch(
                      reportError('The activity was not removed'),
                    )
                  }
                />
              </li>
            ),
          )}
        </ul>
      )}
      <Adder label="Add an activity" openInitially={activities.length === 0}>
        <ActivityForm
          label="Add an activity"
          submitLabel="Add activity"
          initial={EMPTY}
          save={(draft) => addActivity(objectiveId, draft)}
          resetOnSave
        />
      </Adder>
    </section>
  );
}

const EMPTY: ActivityDraft = { kind: 'course', title: '', link: '', status: 'planned', notes: '' };

const draftOf = (a: Activity): ActivityDraft => ({
  kind: a.kind,
  title: a.title,
  link: a.link ?? '',
  status: a.status,
  notes: a.notes,
});

/** Adds an activity, or edits one in place (with Cancel). */
function ActivityForm({
  label,
  submitLabel,
  initial,
  save,
  onDone,
  resetOnSave = false,
}: {
  label: string;
  submitLabel: string;
  initial: ActivityDraft;
  save: (draft: ActivityDraft) => Promise<unknown>;
  onDone?: () => void;
  resetOnSave?: boolean;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<ActivityDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      className="subform"
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save(draft).then(
          () => {
            if (resetOnSave) setDraft(initial);
            setErrors({});
            onDone?.();
          },
          (cause: unknown) => setErrors(fieldErrorsOf(cause)),
        );
      }}
    >
      <div className="subform__row">
        <Field label="Kind">
          {(p) => (
            <select
              {...p}
              value={draft.kind}
              onChange={(e) => set({ kind: e.target.value as ActivityDraft['kind'] })}
            >
              {ACTIVITY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ACTIVITY_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Activity" error={errors['title']} className="field--grow">
          {(p) => (
            <input
              {...p}
              type="text"
              value={draft.title}
              onChange={(e) => set({ title: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label="Link" hint="Optional. Opens in your web browser." error={errors['link']}>
        {(p) => (
          <input
            {...p}
            type="url"
            value={draft.link}
            placeholder="https://"
            onChange={(e) => set({ link: e.target.value })}
          />
        )}
      </Field>
      <Field label="Notes" hint="Optional.">
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={draft.notes}
            onChange={(e) => set({ notes: e.target.value })}
          />
        )}
      </Field>
      <div>
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {onDone && (
          <button type="button" className="button button--ghost" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
