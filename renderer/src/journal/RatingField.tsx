import { useId } from 'react';

/** A 1–5 rating as a row of radio buttons, with "not set" as the first choice. */
export function RatingField({
  label,
  value,
  low,
  high,
  onChange,
}: {
  label: string;
  value: number | null;
  low: string;
  high: string;
  onChange: (value: number | null) => void;
}) {
  const name = useId();
  const options: (number | null)[] = [null, 1, 2, 3, 4, 5];
  return (
    <fieldset className="rating">
      <legend className="field__label">{label}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option ?? 'none'} className="segmented__option">
            <input
              type="radio"
              name={name}
              checked={value === option}
              onChange={() => onChange(option)}
              aria-label={
                option === null
                  ? `${label}: not set`
                  : `${label}: ${option} of 5${option === 1 ? ` (${low})` : option === 5 ? ` (${high})` : ''}`
              }
            />
            <span aria-hidden="true">{option ?? '–'}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
