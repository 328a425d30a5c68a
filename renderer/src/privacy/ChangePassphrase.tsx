import { FlowFooter } from './FlowFooter';
import { useCallback, useState, type FormEvent } from 'react';
import { WrongSecretError } from '../db/crypto/keyslots';
import { useUiStore } from '../app/ui-store';
import { PassphraseFields, type PassphraseChoice } from './PassphraseFields';
import { changePassphrase } from './privacyService';

/** The current passphrase, then a new one; only the passphrase key slot is rewritten. */
export function ChangePassphrase({ name, onDone }: { name: string; onDone: () => void }) {
  const [current, setCurrent] = useState('');
  const [choice, setChoice] = useState<PassphraseChoice>({ passphrase: '', ready: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notify = useUiStore((s) => s.notify);
  const onChoice = useCallback((next: PassphraseChoice) => setChoice(next), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !choice.ready || current === '') return;
    setBusy(true);
    setError(null);
    try {
      await changePassphrase(current, choice.passphrase);
      notify('Passphrase changed.');
      onDone();
    } catch (cause) {
      setError(
        cause instanceof WrongSecretError
          ? 'That is not your current passphrase. Nothing was changed.'
          : cause instanceof Error
            ? cause.message
            : String(cause),
      );
      setBusy(false);
    }
  };

  return (
    <form className="privacy-flow" onSubmit={submit} noValidate>
      <h3>Change passphrase</h3>
      <label className="field">
        <span className="field__label">Current passphrase</span>
        <input
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          spellCheck={false}
        />
      </label>
      <PassphraseFields onChange={onChoice} userInputs={name ? [name] : []} />
      <FlowFooter error={error} onCancel={onDone}>
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || !choice.ready || current === ''}
        >
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </FlowFooter>
    </form>
  );
}
