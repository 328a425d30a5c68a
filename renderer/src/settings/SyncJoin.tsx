import { useState, type FormEvent } from 'react';
import { cancelJoin, chooseFolderToJoin, joinChosenFolder } from '../sync/syncService';

type Step = 'closed' | 'secret' | 'joining';

/**
 * "Join a folder another computer set up…": the folder (native dialog), then the passphrase or
 * recovery key of the computer that set it up. This journal then takes that key, so the same
 * passphrase opens it here; a wrong one changes nothing and says so.
 */
export function SyncJoin({ deviceName }: { deviceName: () => Promise<string> }) {
  const [step, setStep] = useState<Step>('closed');
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);

  const open = async () => {
    setError(null);
    if (await chooseFolderToJoin()) setStep('secret');
  };
  const close = () => {
    setStep('closed');
    setSecret('');
    setError(null);
    void cancelJoin();
  };
  const join = async (event: FormEvent) => {
    event.preventDefault();
    if (secret.length === 0) return;
    setStep('joining');
    setError(null);
    const problem = await joinChosenFolder(
      useRecovery ? { recoveryKey: secret } : { passphrase: secret },
      await deviceName(),
    );
    if (problem === null) {
      setSecret('');
      setStep('closed');
      return;
    }
    setError(problem);
    setStep('secret');
  };

  if (step === 'closed') {
    return (
      <div className="sync-panel__actions">
        <button type="button" className="button" onClick={() => void open()}>
          Join a folder another computer set up…
        </button>
      </div>
    );
  }
  const label = useRecovery ? 'Recovery key' : 'Passphrase of the computer that set it up';
  return (
    <form className="sync-join" onSubmit={(e) => void join(e)} noValidate>
      <h3 className="sync-panel__subheading">Join that folder</h3>
      <p className="muted">
        This computer&apos;s journal will be encrypted with the same key, so from now on the same
        passphrase opens it here. Grove saves a backup first.
      </p>
      <label className="field">
        <span className="field__label">{label}</span>
        <input
          type={useRecovery ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          disabled={step === 'joining'}
        />
      </label>
      <button
        type="button"
        className="button button--ghost sync-join__switch"
        onClick={() => {
          setUseRecovery(!useRecovery);
          setSecret('');
          setError(null);
        }}
      >
        {useRecovery ? 'Use the passphrase instead' : 'Use the recovery key instead'}
      </button>
      {error && (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      )}
      <div className="sync-panel__actions">
        <button type="button" className="button" onClick={close} disabled={step === 'joining'}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={secret.length === 0 || step === 'joining'}
        >
          {step === 'joining' ? 'Opening the key and joining…' : 'Join'}
        </button>
      </div>
    </form>
  );
}
