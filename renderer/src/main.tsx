import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app/App';
import { openDatabase } from './db/repo/database';
import { installKdfWorker } from './db/crypto/kdfClient';
import { readPrivacyBeforeOpen } from './db/repo/privacy';
import { backupBeforeMigration, startAutomaticBackups } from './export/autoBackup';
import { recoverWriteAhead } from './journal/wal';
import { continueConversion } from './privacy/conversionStore';
import { installLockEffects } from './privacy/lockEffects';
import { LockGate } from './privacy/LockGate';
import { rememberPrivacy } from './privacy/privacyService';
import { connectSyncToLock } from './sync/lockKey';
import './styles/tokens.css';
import './styles/base.css';
import './styles/app.css';
import './privacy/privacy.css';

let opened: Promise<void> | null = null;

/** Opens the journal once: a copy for the shell first if a schema upgrade is coming. */
function openJournal(): Promise<void> {
  opened ??= (async () => {
    // Desktop: a copy of the journal goes to the shell before a schema upgrade touches it.
    await backupBeforeMigration().catch((error: unknown) =>
      console.warn('[grove] backup before migration failed:', error),
    );
    await openDatabase();
  })();
  return opened;
}

let backupsStarted = false;

/** After the journal is open and readable (at start, and after every unlock). */
async function afterUnlock(): Promise<void> {
  await openJournal();
  // Keystrokes that never reached the database (a crash, a reload mid-pause) go in first.
  await recoverWriteAhead();
  if (!backupsStarted) {
    backupsStarted = true;
    startAutomaticBackups();
    // Sync runs only where it is set up (desktop) and with the passphrase lock on.
    connectSyncToLock();
    // Loaded here, not with the first screen's code: the sync engine is needed only after the open.
    void import('./sync/syncService')
      .then((m) => m.startSync())
      .catch((error: unknown) => console.warn('[grove] sync did not start:', error));
  }
  // An encryption (or decryption) interrupted by a reload resumes where it stopped.
  void continueConversion();
}

function applyStoredTheme(theme: unknown): void {
  if (theme !== 'light' && theme !== 'dark') return;
  document.documentElement.dataset['theme'] = theme;
  document.documentElement.style.colorScheme = theme;
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  installKdfWorker();
  installLockEffects();
  // The screen the app opens on loads while the journal is being opened, not after.
  const screen = preloadScreen(location.hash);
  try {
    // Encrypted journals are unlocked before they are opened, so upgrades run with the key.
    const stored = await readPrivacyBeforeOpen();
    rememberPrivacy(stored);
    applyStoredTheme(stored.theme);
    if (stored.mode === 'off') {
      await afterUnlock();
      await screen;
    }
  } catch (error) {
    root.render(<StartupError error={error} />);
    return;
  }
  root.render(
    <StrictMode>
      <LockGate openJournal={openJournal} afterUnlock={afterUnlock}>
        <App />
      </LockGate>
    </StrictMode>,
  );
}

function StartupError({ error }: { error: unknown }) {
  return (
    <main className="startup-error">
      <h1>Grove could not open your journal</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <p>Nothing was changed. Close other Grove windows and try again.</p>
    </main>
  );
}

void start();
