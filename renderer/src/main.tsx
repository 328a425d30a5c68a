import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openDatabase } from './db/repo/database';
import { backupBeforeMigration, startAutomaticBackups } from './export/autoBackup';
import { recoverWriteAhead } from './journal/wal';
import { startSync } from './sync/syncService';
import './styles/tokens.css';
import './styles/base.css';
import './styles/app.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    // Desktop: a copy of the journal goes to the shell before a schema upgrade touches it.
    await backupBeforeMigration().catch((error: unknown) =>
      console.warn('[grove] backup before migration failed:', error),
    );
    await openDatabase();
    // Keystrokes that never reached the database (a crash, a reload mid-pause) go in first.
    await recoverWriteAhead();
  } catch (error) {
    root.render(<StartupError error={error} />);
    return;
  }
  startAutomaticBackups();
  // Sync through a folder (issue 17): runs only where it is set up (desktop, unlocked).
  void startSync().catch((error: unknown) => console.warn('[grove] sync did not start:', error));
  root.render(
    <StrictMode>
      <App />
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
