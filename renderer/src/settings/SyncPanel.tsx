import { useEffect, useState, useSyncExternalStore } from 'react';
import { platform } from '../platform';
import {
  getSyncStatus,
  setUpSyncFolder,
  startSync,
  stopSyncing,
  subscribeSync,
  syncNow,
  type SyncStatus,
} from '../sync/syncService';
import { SyncJoin } from './SyncJoin';
import './SyncPanel.css';

/**
 * Settings → Sync: keep this journal in step with your other computers through a
 * folder you already sync. Says plainly what it needs (the desktop app, the passphrase lock),
 * when it last ran, which other computers it has seen, what is waiting, and any problem.
 */
export function SyncPanel() {
  const status = useSyncExternalStore(subscribeSync, getSyncStatus);
  useEffect(() => {
    void startSync();
  }, []);
  return (
    <section className="card form-card sync-panel" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <Body status={status} />
    </section>
  );
}

function Body({ status }: { status: SyncStatus }) {
  switch (status.availability) {
    case 'web':
      return (
        <p className="muted">
          Sync between your computers is a desktop feature: the desktop app keeps an encrypted copy
          of your changes in a folder that Syncthing, Dropbox, iCloud Drive or OneDrive carries to
          your other computers. A browser tab cannot reach such a folder.
        </p>
      );
    case 'no-lock':
      return (
        <>
          <p>
            Sync keeps your computers in step through a folder you already sync. The folder only
            ever holds encrypted changes, locked with the key of your passphrase lock.
          </p>
          <p className="callout sync-panel__needs" role="note">
            Sync needs the passphrase lock. To start a new sync, turn on encryption in Privacy
            first. To join a sync that another computer set up, choose its folder: this journal then
            takes that computer&apos;s passphrase.
          </p>
          <Problems status={status} />
          <SyncJoin deviceName={deviceName} />
        </>
      );
    case 'off':
      return <SetUp status={status} />;
    case 'on':
      return <Running status={status} />;
  }
}

function SetUp({ status }: { status: SyncStatus }) {
  const [busy, setBusy] = useState(false);
  return (
    <>
      <p>
        Keep this journal in step with your other computers through a folder you already sync
        (Syncthing, Dropbox, iCloud Drive, OneDrive). Grove writes only encrypted changes there,
        each computer its own files, so the sync program never has a conflict to make.
      </p>
      <p className="muted">
        On your second computer, choose &ldquo;Join a folder another computer set up&rdquo; and the
        same folder: it asks for your passphrase or recovery key, and then brings everything across.
      </p>
      <Problems status={status} />
      <div className="sync-panel__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void deviceName()
              .then((name) => setUpSyncFolder(name))
              .finally(() => setBusy(false));
          }}
        >
          Sync through a folder…
        </button>
      </div>
      <SyncJoin deviceName={deviceName} />
    </>
  );
}

async function deviceName(): Promise<string> {
  const info = await platform.appInfo();
  const os: Record<string, string> = {
    darwin: 'Mac',
    win32: 'Windows PC',
    linux: 'Linux computer',
  };
  const since = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  return `${os[info.os] ?? 'Computer'}, set up ${since.format(new Date())}`;
}

function Running({ status }: { status: SyncStatus }) {
  const report = status.report;
  const others = report?.devices ?? [];
  const waiting = report?.waiting ?? 0;
  return (
    <>
      <dl className="sync-panel__facts">
        <div>
          <dt>Folder</dt>
          <dd>
            <code>{status.folder}</code>
          </dd>
        </div>
        <div>
          <dt>This computer</dt>
          <dd>{status.deviceName}</dd>
        </div>
        <div>
          <dt>Last sync</dt>
          <dd aria-live="polite">
            {status.syncing
              ? 'Syncing now…'
              : status.lastSyncAt
                ? ago(status.lastSyncAt)
                : 'Not yet'}
          </dd>
        </div>
        <div>
          <dt>Changes waiting</dt>
          <dd>
            {waiting === 0
              ? 'None — everything is in the folder'
              : `${waiting} ${waiting === 1 ? 'change' : 'changes'}`}
          </dd>
        </div>
      </dl>
      <h3 className="sync-panel__subheading">Other computers</h3>
      {others.length === 0 ? (
        <p className="muted">
          None seen yet. Choose this same folder in Grove on your other computer.
        </p>
      ) : (
        <ul className="sync-panel__devices">
          {others.map((d) => (
            <li key={d.deviceId}>
              <span>{d.name}</span>
              <span className="muted">last synced {ago(d.syncedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <Problems status={status} />
      <div className="sync-panel__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={status.syncing}
          onClick={() => void syncNow()}
        >
          Sync now
        </button>
        <button type="button" className="button button--ghost" onClick={() => void stopSyncing()}>
          Stop syncing on this computer
        </button>
      </div>
    </>
  );
}

function Problems({ status }: { status: SyncStatus }) {
  if (status.problems.length === 0) return null;
  // The same problem on many records is said once, with how many.
  const counts = new Map<string, number>();
  for (const p of status.problems) counts.set(p.message, (counts.get(p.message) ?? 0) + 1);
  return (
    <div className="callout callout--error sync-panel__problems" role="alert">
      <p className="sync-panel__problems-title">Sync needs your attention</p>
      <ul>
        {[...counts].map(([message, n]) => (
          <li key={message}>
            {message}
            {n > 1 ? ` (${n} times)` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "just now", "5 minutes ago", "yesterday". */
export function ago(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}
