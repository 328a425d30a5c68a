import { resetFirstScreen } from '../app/firstScreen';
import { useJournalUi } from '../journal/journal-store';
import { onLocked } from './privacyService';

/**
 * What locking empties besides the key: the search index (built in memory after unlock, never
 * on disk) and the search text and filters, which can hold the person's own words. Decrypted
 * records on screen go with the unmounted screens (LockGate); tags kept for filters go with the
 * key (repo/entryFacets.ts).
 */
export function installLockEffects(): () => void {
  return onLocked(() => {
    // After the next unlock, background work waits for the first screen again.
    resetFirstScreen();
    useJournalUi.getState().clearFilters();
    useJournalUi.getState().setQuery('');
    // Only if search was ever loaded: importing it here would pull it into the first bundle.
    void import('../search/searchService').then((m) => m.resetSearchIndex());
  });
}
