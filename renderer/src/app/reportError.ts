import { useUiStore } from './ui-store';

/**
 * The one way a fire-and-forget action reports failure: a toast naming what failed and why, so no
 * click ends in a silent rejected promise. Use as `.catch(reportError('The point was not moved'))`.
 */
export function reportError(what: string): (error: unknown) => void {
  return (error) => {
    const reason = error instanceof Error ? error.message : String(error);
    useUiStore.getState().notify(`${what}: ${reason}`, 'error');
  };
}
