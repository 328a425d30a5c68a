import { useEffect, useState, type ReactNode } from 'react';
import { LockScreen } from './LockScreen';
import { onLocked } from './privacyService';
import { useLocked } from './useSession';

/**
 * Between the journal and the screen: while locked, only the lock screen is rendered, so every
 * screen (and every decrypted record it held) is unmounted. After unlock, `afterUnlock` opens the
 * journal if needed and recovers logged keystrokes, and the app returns to the same address.
 */
export function LockGate({
  openJournal,
  afterUnlock,
  children,
}: {
  openJournal: () => Promise<void>;
  afterUnlock: () => Promise<void>;
  children: ReactNode;
}) {
  const locked = useLocked();
  const [ready, setReady] = useState(!locked);

  // Subscribed, not derived: once locked, the app stays hidden until `afterUnlock` has finished.
  useEffect(() => onLocked(() => setReady(false)), []);

  if (locked || !ready) {
    return (
      <LockScreen
        openJournal={openJournal}
        onUnlocked={async () => {
          await afterUnlock();
          setReady(true);
        }}
      />
    );
  }
  return <>{children}</>;
}
