/** A quiet progress bar; the number beside it is the accessible value. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  const shown = value ?? 0;
  return (
    <div
      className="progress-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value === null ? undefined : Math.round(shown)}
      aria-valuetext={value === null ? 'no data yet' : `${Math.round(shown)}%`}
    >
      <div className="progress-bar__fill" style={{ width: `${shown}%` }} />
    </div>
  );
}
