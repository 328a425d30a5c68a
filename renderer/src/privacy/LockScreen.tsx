import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { warmKdf } from '../db/crypto/kdfClient';
import { WrongSecretError } from '../db/crypto/keyslots';
import { PassphraseFields, type PassphraseChoice } from './PassphraseFields';
import {
  finishRecovery,
  hasRecoverySlot,
  openWithRecoveryKey,
  retryDelayLeft,
  TooSoonError,
  unlockWithPassphrase,
} from './privacyService';

type View = 'passphrase' | 'recovery' | 'new-passphrase';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Seconds left before another try is allowed, ticking down; 0 when free. */
function useRetryWait(): [number, () => void] {
  const [left, setLeft] = useState(() => retryDelayLeft());
  const refresh = useCallback(() => setLeft(retryDelayLeft()), []);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(refresh, Math.min(left, 1000));
    return () => clearTimeout(timer);
  }, [left, refresh]);
  return [Math.ceil(left / 1000), refresh];
}

/**
 * Shown at start when encryption is on, and whenever Grove locks. Nothing of the journal is on
 * screen or in memory behind it. A wrong passphrase changes nothing stored; after the second one
 * each try waits a little longer. "Forgot your passphrase?" opens with the recovery key and then
 * asks for a new passphrase.
 */
export function LockScreen({
  openJournal,
  onUnlocked,
}: {
  /** Opens the database (after the key is in memory), without showing the app yet. */
  openJournal: () => Promise<void>;
  onUnlocked: () => Promise<void>;
}) {
  const [view, setView] = useState<View>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryText, setRecoveryText] = useState('');
  const [recovered, setRecovered] = useState<Uint8Array | null>(null);
  const [choice, setChoice] = useState<PassphraseChoice>({ passphrase: '', ready: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [wait, refreshWait] = useRetryWait();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), [view]);
  useEffect(() => warmKdf(), []);

  const fail = (cause: unknown, wrong: string) => {
    refreshWait();
    if (cause instanceof WrongSecretError) setError(wrong);
    else if (cause instanceof TooSoonError) setError(cause.message);
    else setError(messageOf(cause));
  };

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || passphrase === '') return;
    setBusy(true);
    setError(null);
    try {
      await unlockWithPassphrase(passphrase);
      setPassphrase('');
      await onUnlocked();
    } catch (cause) {
      fail(cause, 'That passphrase does not open your journal. Check Caps Lock and try again.');
      setBusy(false);
      inputRef.current?.select();
    }
  };

  const useRecoveryKey = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setRecovered(await openWithRecoveryKey(recoveryText));
      setRecoveryText('');
      setView('new-passphrase');
    } catch (cause) {
      fail(cause, 'That recovery key does not open your journal. Check each group and try again.');
    } finally {
      setBusy(false);
    }
  };

  const setNewPassphrase = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !recovered || !choice.ready) return;
    setBusy(true);
    setError(null);
    try {
      await finishRecovery(recovered, choice.passphrase, openJournal);
      await onUnlocked();
    } catch (cause) {
      setError(messageOf(cause));
      setBusy(false);
    }
  };

  const onChoice = useCallback((next: PassphraseChoice) => setChoice(next), []);

  return (
    <main className="lock-screen">
      <div className="lock-card card">
        <svg className="lock-card__icon" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="5" y="10.5" width="14" height="10" rx="2.5" />
          <path d="M8 10.5V8a4 4 0 0 1 8 0v2.5" />
        </svg>
        {view === 'passphrase' && (
          <form onSubmit={unlock} noValidate>
            <h1>Grove is locked</h1>
            <p className="muted">Your journal is encrypted. Enter your passphrase to open it.</p>
            <label className="field">
              <span className="field__label">Passphrase</span>
              <input
                ref={inputRef}
                type="password"
                autoComplete="current-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                aria-invalid={error !== null}
                aria-describedby={error ? 'unlock-error' : undefined}
                spellCheck={false}
                disabled={busy}
              />
            </label>
            {error && (
              <p id="unlock-error" className="callout callout--error" role="alert">
                {error}
                {wait > 0 && <> You can try again in {wait} s.</>}
              </p>
            )}
            <button
              type="submit"
              className="button button--primary lock-card__submit"
              disabled={busy || wait > 0 || passphrase === ''}
            >
              {busy ? 'Unlocking…' : wait > 0 ? `Try again in ${wait} s` : 'Unlock'}
            </button>
            {hasRecoverySlot() && (
              <button
                type="button"
                className="button button--ghost lock-card__link"
                onClick={() => {
                  setError(null);
                  setView('recovery');
                }}
              >
                Forgot your passphrase?
              </button>
            )}
          </form>
        )}
        {view === 'recovery' && (
          <form onSubmit={useRecoveryKey} noValidate>
            <h1>Use your recovery key</h1>
            <p className="muted">
              Type the recovery key you saved when you turned encryption on. Then you choose a new
              passphrase; your journal stays as it is.
            </p>
            <label className="field">
              <span className="field__label">Recovery key</span>
              <input
                ref={inputRef}
                type="text"
                className="recovery-input"
                placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                value={recoveryText}
                onChange={(e) => setRecoveryText(e.target.value)}
                disabled={busy}
              />
            </label>
            {error && (
              <p className="callout callout--error" role="alert">
                {error}
                {wait > 0 && <> You can try again in {wait} s.</>}
              </p>
            )}
            <button
              type="submit"
              className="button button--primary lock-card__submit"
              disabled={busy || wait > 0 || recoveryText.trim() === ''}
            >
              {busy ? 'Checking…' : 'Continue'}
            </button>
            <button
              type="button"
              className="button button--ghost lock-card__link"
              onClick={() => {
                setError(null);
                setView('passphrase');
              }}
            >
              Back to the passphrase
            </button>
          </form>
        )}
        {view === 'new-passphrase' && (
          <form onSubmit={setNewPassphrase} noValidate>
            <h1>Choose a new passphrase</h1>
            <p className="muted">
              The recovery key worked. Your recovery key stays the same; keep it where it is.
            </p>
            <PassphraseFields onChange={onChoice} />
            {error && (
              <p className="callout callout--error" role="alert">
                {error}
              </p>
            )}
            <button
              type="submit"
              className="button button--primary lock-card__submit"
              disabled={busy || !choice.ready}
            >
              {busy ? 'Saving…' : 'Set passphrase and unlock'}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
