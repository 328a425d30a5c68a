import { FlowFooter } from './FlowFooter';
import { useState, type FormEvent } from 'react';
import { WrongSecretError } from '../db/crypto/keyslots';
import { requireDataKey } from '../db/crypto/session';
import { readPrivacy } from '../db/repo/privacy';
import { continueConversion } from './conversionStore';
import { backupBeforeConversion } from './preEncryptionBackup';
import { beginDecryption, verifyPassphrase } from './privacyService';

/**
 * Turning encryption off: the passphrase confirms it is the owner, an (encrypted) backup is made,
 * then every record is decrypted in resumable batches and the key slots are removed.
 */
export function TurnOffEncryption({ onDone }: { onDone: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || passphrase === '') return;
    setBusy(true);
    setError(null);
    try {
      await verifyPassphrase(passphrase);
      const { slots } = await readPrivacy();
      const list = [slots.passphrase, slots.recovery].filter((s) => s !== undefined);
      const file = await backupBeforeConversion(requireDataKey(), list);
      if (file === null) {
        setError('The backup was not saved, so nothing was changed. Save the backup to go on.');
        setBusy(false);
        return;
      }
      await beginDecryption();
      void continueConversion();
      onDone();
    } catch (cause) {
      setError(
        cause instanceof WrongSecretError
          ? 'That is not your passphrase. Nothing was changed.'
          : `${cause instanceof Error ? cause.message : String(cause)} Nothing was changed.`,
      );
      setBusy(false);
    }
  };

  return (
    <form className="privacy-flow" onSubmit={submit} noValidate>
      <h3>Turn off encryption</h3>
      <p className="callout callout--error">
        Your journal will be stored readable on this device again: anyone with access to this
        computer’s files could read it. Grove first saves an encrypted backup.
      </p>
      <label className="field">
        <span className="field__label">Passphrase</span>
        <input
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          spellCheck={false}
        />
      </label>
      <FlowFooter error={error} onCancel={onDone}>
        <button
          type="submit"
          className="button button--danger"
          disabled={busy || passphrase === ''}
        >
          {busy ? 'Backing up…' : 'Back up and turn off'}
        </button>
      </FlowFooter>
    </form>
  );
}
