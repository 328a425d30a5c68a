import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { Objective, Smart } from '../../../shared/domain/records';
import { smartChecklist, type SmartPart } from '../../../shared/domain/smart';
import { useUiStore } from '../app/ui-store';
import { keyResultsOf } from '../db/repo/keyResults';
import {
  createObjective,
  EMPTY_SMART,
  getObjective,
  saveObjectiveEdit,
  type ObjectiveFieldConflict,
  type ObjectiveFields,
} from '../db/repo/objectives';
import { ArrowLeftIcon } from '../ui/icons';
import { Field, fieldErrorsOf, type FieldErrors } from './fields';
import { SmartChecklist } from './SmartChecklist';
import './objectives.css';

const SMART_FIELDS: { part: SmartPart; label: string; hint: string }[] = [
  {
    part: 'specific',
    label: 'Specific',
    hint: 'What exactly will you be able to do? “Run a design review every sprint”, not “get better at reviews”.',
  },
  {
    part: 'measurable',
    label: 'Measurable',
    hint: 'How will you know? Key results make this concrete; a number here helps too.',
  },
  {
    part: 'achievable',
    label: 'Achievable',
    hint: 'Why is it within reach: time, support, a first step.',
  },
  {
    part: 'relevant',
    label: 'Relevant',
    hint: 'How it connects to where you want to grow, or to your team’s goals.',
  },
  {
    part: 'timeBound',
    label: 'Time-bound',
    hint: 'Milestones on the way; the target date is below.',
  },
];

interface FormState {
  title: string;
  why: string;
  orgGoal: string;
  smart: Smart;
  targetDate: string;
  tags: string;
  status: 'draft' | 'active';
}

function initialState(objective: Objective | undefined): FormState {
  return {
    title: objective?.title ?? '',
    why: objective?.why ?? '',
    orgGoal: objective?.orgGoal ?? '',
    smart: objective?.smart ?? EMPTY_SMART,
    targetDate: objective?.targetDate ?? '',
    tags: objective?.tags.join(', ') ?? '',
    status: 'active',
  };
}

function toFields(state: FormState): ObjectiveFields {
  return {
    title: state.title,
    why: state.why,
    orgGoal: state.orgGoal,
    smart: state.smart,
    targetDate: state.targetDate || null,
    tags: state.tags.split(','),
  };
}

function fromFields(fields: ObjectiveFields): Partial<FormState> {
  return {
    title: fields.title,
    why: fields.why,
    orgGoal: fields.orgGoal,
    smart: fields.smart,
    targetDate: fields.targetDate ?? '',
    tags: fields.tags.join(', '),
  };
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  why: 'Why it matters to me',
  orgGoal: 'Organisational goal',
  targetDate: 'Target date',
  tags: 'Tags',
  ...Object.fromEntries(SMART_FIELDS.map(({ part, label }) => [`smart.${part}`, label])),
};

const shown = (value: unknown): string =>
  Array.isArray(value)
    ? value.join(', ')
    : value === null || value === ''
      ? '(empty)'
      : String(value);

/** Sets one conflicting field of the form to the other writer's value. */
function takeTheirs(state: FormState, conflict: ObjectiveFieldConflict): FormState {
  const { theirs } = conflict;
  const text =
    theirs === null || theirs === undefined
      ? ''
      : Array.isArray(theirs)
        ? theirs.join(', ')
        : String(theirs);
  const [field, part] = conflict.field.split('.');
  if (field === 'smart' && part) return { ...state, smart: { ...state.smart, [part]: text } };
  return { ...state, [field as keyof FormState]: text };
}

/** `/objectives/new`. */
export function NewObjectivePage() {
  return <ObjectiveForm objective={undefined} />;
}

/** `/objectives/:id/edit`. */
export function EditObjectivePage({ id }: { id: string }) {
  const objective = useLiveQuery(() => getObjective(id).then((o) => o ?? null), [id]);
  if (objective === undefined) return <div className="page" aria-busy="true" />;
  if (objective === null || objective.deleted === 1) {
    return (
      <div className="page">
        <h1>This objective is not here</h1>
        <Link href="/objectives">Back to objectives</Link>
      </div>
    );
  }
  return <ObjectiveForm key={objective.id} objective={objective} />;
}

function ObjectiveForm({ objective }: { objective: Objective | undefined }) {
  const [state, setState] = useState(() => initialState(objective));
  const [errors, setErrors] = useState<FieldErrors>({});
  /** The stored revision this form edits from; moves on when a save finds newer changes. */
  const [base, setBase] = useState(objective);
  const [conflicts, setConflicts] = useState<ObjectiveFieldConflict[]>([]);
  const conflictNotice = useRef<HTMLDivElement>(null);
  const hasConflicts = conflicts.length > 0;
  // The Save button is at the bottom: bring the notice into view, and focus, when it appears.
  useEffect(() => {
    if (hasConflicts) conflictNotice.current?.focus();
  }, [hasConflicts]);
  const [, navigate] = useLocation();
  const notify = useUiStore((s) => s.notify);
  const keyResults = useLiveQuery(
    () => (objective ? keyResultsOf(objective.id) : Promise.resolve([])),
    [objective?.id],
  );
  const checks = smartChecklist(
    { ...toFields(state), status: objective?.status ?? state.status },
    keyResults ?? [],
    todayIsoDate(),
  );
  const set = (patch: Partial<FormState>) => {
    setState((s) => ({ ...s, ...patch }));
    // A message about a field goes as soon as the person changes that field.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field in patch))));
  };

  const submit = async () => {
    try {
      let saved;
      if (objective && base) {
        const outcome = await saveObjectiveEdit(objective.id, toFields(state), base);
        if (!outcome.saved) {
          // Changed elsewhere meanwhile: show both, write nothing; saving again keeps the form's.
          setBase(outcome.stored);
          setState((s) => ({ ...s, ...fromFields(outcome.merged) }));
          setConflicts(outcome.conflicts);
          return;
        }
        saved = outcome.objective;
      } else {
        saved = await createObjective(toFields(state), state.status);
      }
      notify(objective ? 'Objective saved.' : 'Objective created.');
      navigate(`/objectives/${saved.id}`);
    } catch (error) {
      const found = fieldErrorsOf(error);
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
    }
  };

  const backHref = objective ? `/objectives/${objective.id}` : '/objectives';
  return (
    <div className="page page--wide">
      <Link href={backHref} className="back-link">
        <ArrowLeftIcon /> {objective ? objective.title : 'Objectives'}
      </Link>
      <header className="page__header">
        <h1>{objective ? 'Edit objective' : 'New objective'}</h1>
        <p className="lead">One thing you want to be able to do, and how you will know.</p>
      </header>
      <div className="objective-form-layout">
        <form
          className="card form-card"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {conflicts.length > 0 && (
            <div className="callout callout--info" role="status" tabIndex={-1} ref={conflictNotice}>
              <p>
                This objective was also changed elsewhere while you edited it. Nothing was saved
                yet. Your text is kept in the form; the other version is here. Save again to keep
                yours, or take theirs.
              </p>
              <ul className="objective-conflicts">
                {conflicts.map((conflict) => (
                  <li key={conflict.field}>
                    <strong>{FIELD_LABELS[conflict.field] ?? conflict.field}:</strong>{' '}
                    <q>{shown(conflict.theirs)}</q>{' '}
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      onClick={() => {
                        setState((s) => takeTheirs(s, conflict));
                        setConflicts((list) => list.filter((c) => c !== conflict));
                      }}
                    >
                      Use this version
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {Object.keys(errors).length > 0 && (
            <p className="callout callout--error" role="alert">
              Nothing was saved. Please fix the{' '}
              {Object.keys(errors).length === 1 ? 'field' : 'fields'} marked below.
            </p>
          )}
          <Field label="Title" error={errors['title']}>
            {(p) => (
              <input
                {...p}
                data-field="title"
                type="text"
                value={state.title}
                onChange={(e) => set({ title: e.target.value })}
                autoFocus={!objective}
              />
            )}
          </Field>
          <Field label="Why it matters to me" hint="The aspiration behind it.">
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={state.why}
                onChange={(e) => set({ why: e.target.value })}
              />
            )}
          </Field>
          <Field label="Organisational goal it serves" hint="Optional.">
            {(p) => (
              <input
                {...p}
                type="text"
                value={state.orgGoal}
                onChange={(e) => set({ orgGoal: e.target.value })}
              />
            )}
          </Field>
          <fieldset className="smart-fields">
            <legend className="field__label">SMART</legend>
            {SMART_FIELDS.map(({ part, label, hint }) => (
              <Field key={part} label={label} hint={hint}>
                {(p) => (
                  <textarea
                    {...p}
                    rows={2}
                    value={state.smart[part]}
                    onChange={(e) => set({ smart: { ...state.smart, [part]: e.target.value } })}
                  />
                )}
              </Field>
            ))}
          </fieldset>
          <Field label="Target date" error={errors['targetDate']}>
            {(p) => (
              <input
                {...p}
                data-field="targetDate"
                type="date"
                value={state.targetDate}
                onChange={(e) => set({ targetDate: e.target.value })}
              />
            )}
          </Field>
          <Field label="Tags" hint="Separated by commas." error={errors['tags']}>
            {(p) => (
              <input
                {...p}
                type="text"
                value={state.tags}
                onChange={(e) => set({ tags: e.target.value })}
              />
            )}
          </Field>
          {!objective && (
            <fieldset className="field">
              <legend className="field__label">Start as</legend>
              <div className="segmented">
                {(
                  [
                    ['active', 'Active'],
                    ['draft', 'Draft'],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value} className="segmented__option">
                    <input
                      type="radio"
                      name="objective-status"
                      checked={state.status === value}
                      onChange={() => set({ status: value })}
                    />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              {objective ? 'Save objective' : 'Create objective'}
            </button>
            <Link href={backHref} className="button button--ghost">
              Cancel
            </Link>
          </div>
        </form>
        <aside className="card objective-form-layout__aside">
          <SmartChecklist checks={checks} headingId="smart-form-heading" />
        </aside>
      </div>
    </div>
  );
}
