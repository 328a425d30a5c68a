import { FlowFooter } from './FlowFooter';
import { useCallback, useState, type FormEvent } from 'react';
import { platform } from '../platform';
import { continueConversion } from './conversionStore';
import { PassphraseFields, type PassphraseChoice } from './PassphraseFields';
import { backupBeforeConversion, downloadRecoveryKey } from './preEncryptionBackup';
import { beginEncryption, prepareEncryption, type PreparedEncryption } from './privacyService';

type Step =
  | { name: 'passphrase' }
  | { name: 'making-keys' }
  | { name: 'recovery'; prepared: PreparedEncryption }
  | { name: 'backup'; prepared: PreparedEncryption }
  | { name: 'starting' };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Turning encryption on, in steps: a passphrase (twice, strong enough), the recovery key (shown
 * once, downloadable, confirmed), a backup, then the conversion with a progress bar. Nothing is
 * stored before the last step.
 */
export function EnableEncryption({ name, onCancel }: { name: string; onCancel: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'passphrase' });
  const [choice, setChoice] = useState<PassphraseChoice>({ passphrase: '', ready: false });
  const [saved, setSaved] = useState(false);
  const [downloaded, setDownloaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onChoice = useCallback((next: PassphraseChoice) => setChoice(next), []);

  const makeKeys = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice.ready) return;
    setStep({ name: 'making-keys' });
    setError(null);
    try {
      setStep({ name: 'recovery', prepared: await prepareEncryption(choice.passphrase) });
    } catch (cause) {
      setError(messageOf(cause));
      setStep({ name: 'passphrase' });
    }
  };

  const start = async (prepared: PreparedEncryption, withBackup: boolean) => {
    setError(null);
    setStep({ name: 'starting' });
    try {
      if (withBackup) {
        const file = await backupBeforeConversion(prepared.dataKey, prepared.slots);
        if (file === null) {
          setStep({ name: 'backup', prepared });
          setError('The backup was not saved. Save it, or go on without one.');
          return;
        }
      }
      await beginEncryption(prepared);
      void continueConversion();
    } catch (cause) {
      setError(`${messageOf(cause)} Nothing was encrypted.`);
      setStep({ name: 'backup', prepared });
    }
  };

  switch (step.name) {
    case 'passphrase':
    case 'making-keys':
      return (
        <form className="privacy-flow" onSubmit={makeKeys} noValidate>
          <h3>Choose a passphrase</h3>
          <p className="muted">
            You will type it each time Grove starts or locks. Nobody can reset it for you: if you
            forget it, only the recovery key you get next can open your journal.
          </p>
          <PassphraseFields onChange={onChoice} userInputs={name ? [name] : []} />
          <FlowFooter error={error} onCancel={onCancel}>
            <button
              type="submit"
              className="button button--primary"
              disabled={!choice.ready || step.name === 'making-keys'}
            >
              {step.name === 'making-keys' ? 'Making your keys…' : 'Continue'}
            </button>
          </FlowFooter>
        </form>
      );
    case 'recovery': {
      const groups = step.prepared.recoveryKey.split('-');
      return (
        <div className="privacy-flow">
          <h3>Save your recovery key</h3>
          <p className="muted">
            If you forget your passphrase, this key is the only way back into your journal. It is
            shown this once. Print it or keep it in a password manager — not on this computer alone.
          </p>
          <p className="recovery-key" aria-label={`Recovery key: ${groups.join(' ')}`}>
            {groups.map((group, i) => (
              <span key={i}>{group}</span>
            ))}
          </p>
          <div className="privacy-flow__row">
            <button
              type="button"
              className="button"
              onClick={() =>
                void downloadRecoveryKey(step.prepared.recoveryKey).then(
                  (ok) => ok && setDownloaded(true),
                  (cause: unknown) => setError(messageOf(cause)),
                )
              }
            >
              Download recovery key
            </button>
            {downloaded && <span className="muted">Saved.</span>}
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
            <span>I have saved my recovery key somewhere safe.</span>
          </label>
          <FlowFooter error={error} onCancel={onCancel}>
            <button
              type="button"
              className="button button--primary"
              disabled={!saved}
              onClick={() => {
                if (platform.autoBackups) void start(step.prepared, true);
                else setStep({ name: 'backup', prepared: step.prepared });
              }}
            >
              Encrypt my journal
            </button>
          </FlowFooter>
        </div>
      );
    }
    case 'backup':
      return (
        <div className="privacy-flow">
          <h3>Back up first</h3>
          <p className="muted">
            Before Grove encrypts your journal, save a backup. It is encrypted too: your new
            passphrase or recovery key opens it.
          </p>
          {error && (
            <p className="callout callout--error" role="alert">
              {error}
            </p>
          )}
          <div className="privacy-flow__actions">
            <button
              type="button"
              className="button"
              onClick={() => void start(step.prepared, false)}
            >
              Encrypt without a backup
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void start(step.prepared, true)}
            >
              Download backup and encrypt
            </button>
          </div>
        </div>
      );
    case 'starting':
      return (
        <p className="muted" role="status">
          Backing up and starting…
        </p>
      );
  }
}
