import { useEffect, useState } from 'react';
import { readPrivacy, saveAutoLockMinutes } from '../db/repo/privacy';
import { ChangePassphrase } from './ChangePassphrase';
import { EnableEncryption } from './EnableEncryption';
import { lockNow } from './privacyService';
import { TurnOffEncryption } from './TurnOffEncryption';
import { LOCK_SHORTCUT_LABEL } from './useLockTriggers';
import { useEncryptionMode } from './useSession';
import { platform } from '../platform';

const AUTO_LOCK_CHOICES = [
  { value: 0, label: 'Never' },
  { value: 1, label: 'After 1 minute' },
  { value: 5, label: 'After 5 minutes' },
  { value: 15, label: 'After 15 minutes' },
  { value: 30, label: 'After 30 minutes' },
  { value: 60, label: 'After 1 hour' },
];

type Panel = 'none' | 'enable' | 'change' | 'off';

/** Settings › Privacy: the passphrase lock and encryption at rest. */
export function PrivacySettings({ name }: { name: string }) {
  const mode = useEncryptionMode();
  const [chosenPanel, setPanel] = useState<Panel>('none');
  // Once encryption has started, the "turn it on" steps are done.
  const panel = mode !== 'off' && chosenPanel === 'enable' ? 'none' : chosenPanel;
  const [autoLock, setAutoLock] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (mode === 'off') return;
    let live = true;
    void readPrivacy().then((p) => live && setAutoLock(p.autoLockMinutes));
    return () => {
      live = false;
    };
  }, [mode]);

  return (
    <section className="card form-card privacy-card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      {mode === 'off' && panel !== 'enable' && (
        <>
          <p>
            Lock Grove with a passphrase, and everything you write is stored encrypted on this
            device: entries, objectives, 1:1 notes, ratings, your name. Without the passphrase (or
            your recovery key) nobody can read it — not even with your computer’s files in hand.
          </p>
          <p className="muted">
            Search and filters stay as fast as now: they work in memory after you unlock.
          </p>
          <div>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setPanel('enable')}
            >
              Lock Grove with a passphrase…
            </button>
          </div>
        </>
      )}
      {mode === 'off' && panel === 'enable' && (
        <EnableEncryption name={name} onCancel={() => setPanel('none')} />
      )}
      {(mode === 'on' || mode === 'encrypting') && panel === 'none' && (
        <>
          <p className="privacy-status">
            <span className="pill pill--ok">Encrypted</span> Your journal is stored encrypted. Grove
            asks for your passphrase when it starts and when it locks
            {platform.kind === 'desktop' ? ', including when your computer locks or sleeps' : ''}.
          </p>
          <div className="privacy-flow__row">
            <button type="button" className="button" onClick={() => void lockNow()}>
              Lock now <kbd>{LOCK_SHORTCUT_LABEL}</kbd>
            </button>
            <button type="button" className="button" onClick={() => setPanel('change')}>
              Change passphrase…
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setPanel('off')}
              disabled={mode !== 'on'}
            >
              Turn off encryption…
            </button>
          </div>
          <label className="field">
            <span className="field__label">Lock automatically</span>
            <span className="field__hint">When you have not typed or clicked for a while.</span>
            <select
              value={autoLock ?? 15}
              onChange={(e) => {
                const minutes = Number(e.target.value);
                setAutoLock(minutes);
                saveAutoLockMinutes(minutes).then(
                  () => setError(null),
                  (cause: unknown) =>
                    setError(cause instanceof Error ? cause.message : String(cause)),
                );
              }}
            >
              {AUTO_LOCK_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
          {error && (
            <p className="callout callout--error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
      {mode !== 'off' && panel === 'change' && (
        <ChangePassphrase name={name} onDone={() => setPanel('none')} />
      )}
      {mode === 'on' && panel === 'off' && <TurnOffEncryption onDone={() => setPanel('none')} />}
    </section>
  );
}
