import { useConversion } from './conversionStore';

/** The conversion's progress bar; a reload mid-way resumes and this picks up from there. */
export function ConversionProgress() {
  const { progress, error } = useConversion();
  if (!progress && !error) return null;
  const encrypting = progress?.mode !== 'decrypting' && progress?.mode !== 'off';
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const label = encrypting ? 'Encrypting your journal' : 'Decrypting your journal';
  return (
    <div className="conversion" role="status">
      <p>
        <strong>{label}…</strong>{' '}
        <span className="muted">
          {total > 0 ? `${done.toLocaleString()} of ${total.toLocaleString()} records` : 'starting'}
          . You can keep writing; if Grove closes, it carries on next time.
        </span>
      </p>
      <progress
        className="conversion__bar"
        max={Math.max(total, 1)}
        value={done}
        aria-label={label}
      />
      {error && (
        <p className="callout callout--error" role="alert">
          {error} It will try again the next time Grove starts.
        </p>
      )}
    </div>
  );
}
