import { useLiveQuery } from 'dexie-react-hooks';
import { liveObjectives } from '../db/repo/objectives';

/** Links to objectives: every live objective, with its status, as a checkbox. */
export function ObjectivesField({
  selected,
  onChange,
}: {
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const objectives = useLiveQuery(liveObjectives, []);
  if (objectives === undefined) return null;
  return (
    <fieldset className="field objectives-field">
      <legend className="field__label">Linked objectives</legend>
      {objectives.length === 0 ? (
        <p className="field__hint">
          No objectives yet. Create one under Objectives to link evidence to it.
        </p>
      ) : (
        <ul className="check-list">
          {objectives
            .sort((a, b) => a.title.localeCompare(b.title))
            .map((o) => (
              <li key={o.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(o.id)}
                    onChange={(e) =>
                      onChange(
                        e.target.checked
                          ? [...selected, o.id]
                          : selected.filter((id) => id !== o.id),
                      )
                    }
                  />{' '}
                  {o.title} <span className="muted">({o.status})</span>
                </label>
              </li>
            ))}
        </ul>
      )}
    </fieldset>
  );
}
