import {
  COACH_MARK_LABELS,
  COACH_MARKS,
  COACH_RESPONSE_LIMITS,
  type CoachMark,
} from '../../../../shared/formats/coach-response';

/** A coach's comment and mark beside one objective or entry, each named for what it is about. */
export function CommentField({
  id,
  about,
  value,
  onChange,
}: {
  id: string;
  /** "the objective “Speak at meetups”": completes the controls' accessible names. */
  about: string;
  value: { mark: CoachMark | null; text: string } | undefined;
  onChange: (part: { mark?: CoachMark | null; text?: string }) => void;
}) {
  return (
    <div className="respond-field no-print">
      <label className="respond-field__label" htmlFor={`${id}-text`}>
        Your comment <span className="visually-hidden">on {about}</span>
      </label>
      <textarea
        id={`${id}-text`}
        rows={3}
        maxLength={COACH_RESPONSE_LIMITS.commentLength}
        value={value?.text ?? ''}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <label className="respond-field__mark">
        <span>
          Mark <span className="visually-hidden">on {about}</span>
        </span>
        <select
          value={value?.mark ?? ''}
          onChange={(e) => onChange({ mark: (e.target.value || null) as CoachMark | null })}
        >
          <option value="">No mark</option>
          {COACH_MARKS.map((mark) => (
            <option key={mark} value={mark}>
              {COACH_MARK_LABELS[mark]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
