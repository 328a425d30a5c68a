import type { ReactNode } from 'react';

/**
 * The foot of every step of the privacy flows: the step's error, if any, announced; then Cancel
 * and the step's own action (`children`), always in the same place.
 */
export function FlowFooter({
  error,
  onCancel,
  children,
}: {
  error: string | null;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {error && (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      )}
      <div className="privacy-flow__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {children}
      </div>
    </>
  );
}
