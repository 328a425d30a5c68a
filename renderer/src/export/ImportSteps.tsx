import type { ReactNode } from 'react';

/**
 * The steps every "take in a file" panel shares (a backup, a coach's response): a quiet status
 * line while the file is read or written, and a dismissable callout naming what is wrong with it.
 */
export function ImportBusy({ children }: { children: ReactNode }) {
  return (
    <p className="muted" role="status">
      {children}
    </p>
  );
}

export function ImportError({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="callout callout--error import-panel" role="alert">
      <p>{message}</p>
      <button type="button" className="button button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
