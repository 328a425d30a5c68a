import { useId } from 'react';
import { LIMITS } from '../../../shared/domain/limits';
import type { Entry } from '../../../shared/domain/records';
import { ObjectivesField } from './ObjectivesField';
import { RatingField } from './RatingField';
import { TagsField } from './TagsField';

/** Mood, energy, tags, linked objectives and sharing: everything about an entry but its text. */
export function EntryDetails({
  draft,
  update,
  flush,
}: {
  draft: Entry;
  update: (patch: Partial<Entry>) => void;
  flush: () => Promise<void>;
}) {
  const headingId = useId();
  const sharingName = useId();
  const summaryId = useId();
  return (
    <section className="card entry-details" aria-labelledby={headingId} onBlur={() => void flush()}>
      <h2 id={headingId} className="section-title">
        Details
      </h2>
      <div className="entry-details__ratings">
        <RatingField
          label="Mood"
          low="low"
          high="great"
          value={draft.mood}
          onChange={(mood) => update({ mood })}
        />
        <RatingField
          label="Energy"
          low="drained"
          high="full"
          value={draft.energy}
          onChange={(energy) => update({ energy })}
        />
      </div>
      <TagsField tags={draft.tags} onChange={(tags) => update({ tags })} />
      <ObjectivesField
        selected={draft.objectiveIds}
        onChange={(objectiveIds) => update({ objectiveIds })}
      />
      <fieldset className="field">
        <legend className="field__label">Sharing</legend>
        <div className="segmented">
          <label className="segmented__option">
            <input
              type="radio"
              name={sharingName}
              checked={draft.sharing === 'private'}
              onChange={() => update({ sharing: 'private' })}
            />
            <span>Private</span>
          </label>
          <label className="segmented__option">
            <input
              type="radio"
              name={sharingName}
              checked={draft.sharing === 'shareable'}
              onChange={() => update({ sharing: 'shareable' })}
            />
            <span>Shareable with my coach</span>
          </label>
        </div>
        <p className="field__hint">
          {draft.sharing === 'private'
            ? 'Only you see this entry. It is never exported to a coach.'
            : 'A coach export may include this entry — or only the summary below, if you write one.'}
        </p>
      </fieldset>
      {draft.sharing === 'shareable' && (
        <div className="field">
          <label className="field__label" htmlFor={summaryId}>
            Shareable summary (optional)
          </label>
          <textarea
            id={summaryId}
            rows={2}
            maxLength={LIMITS.shortText}
            value={draft.shareSummary}
            placeholder="What your coach sees instead of the full text"
            onChange={(e) => update({ shareSummary: e.target.value })}
          />
        </div>
      )}
    </section>
  );
}
