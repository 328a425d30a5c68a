import { useEffect, useId, useState } from 'react';
import { estimateStrength, STRENGTH_LABELS, type Strength } from './strength';

export interface PassphraseChoice {
  passphrase: string;
  /** Both fields match and the strength check accepts it. */
  ready: boolean;
}

/**
 * A new passphrase, typed twice, with its strength as you type. A weak one is refused with the
 * reason (zxcvbn-ts's warning and suggestions), not just a red bar.
 */
export function PassphraseFields({
  onChange,
  userInputs = [],
  label = 'New passphrase',
}: {
  onChange: (choice: PassphraseChoice) => void;
  userInputs?: readonly string[];
  label?: string;
}) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [checked, setChecked] = useState<{ text: string; strength: Strength } | null>(null);
  // Only the estimate for the text now in the field counts (estimates arrive asynchronously).
  const strength = checked && checked.text === first && first !== '' ? checked.strength : null;
  const hintId = useId();
  const matchId = useId();

  useEffect(() => {
    let live = true;
    if (first === '') return;
    void estimateStrength(first, userInputs).then(
      (s) => live && setChecked({ text: first, strength: s }),
    );
    return () => {
      live = false;
    };
    // userInputs is a fresh array each render; its contents (the owner's name) rarely change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [first]);

  const matches = second === first;
  const ready = first !== '' && matches && strength?.acceptable === true;
  useEffect(() => onChange({ passphrase: first, ready }), [first, ready, onChange]);

  return (
    <div className="passphrase-fields">
      <label className="field">
        <span className="field__label">{label}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={first}
          onChange={(e) => setFirst(e.target.value)}
          aria-describedby={hintId}
          spellCheck={false}
        />
      </label>
      <div id={hintId} className="strength" aria-live="polite">
        {strength && (
          <>
            <div className="strength__bar" data-score={strength.score} aria-hidden="true">
              {[0, 1, 2, 3].map((i) => (
                <span key={i} className={i < strength.score ? 'strength__fill' : ''} />
              ))}
            </div>
            <p
              className={
                strength.acceptable ? 'strength__text' : 'strength__text strength__text--bad'
              }
            >
              <strong>{STRENGTH_LABELS[strength.score]}.</strong> {strength.reason}
            </p>
          </>
        )}
        {!strength && (
          <p className="field__hint">
            At least 10 characters. Several unrelated words are strong and easy to remember.
          </p>
        )}
      </div>
      <label className="field">
        <span className="field__label">Type it again</span>
        <input
          type="password"
          autoComplete="new-password"
          value={second}
          onChange={(e) => setSecond(e.target.value)}
          aria-describedby={matchId}
          aria-invalid={second !== '' && !matches}
          spellCheck={false}
        />
      </label>
      <p id={matchId} className="field__hint" aria-live="polite">
        {second !== '' && !matches ? 'The two passphrases are not the same yet.' : ''}
      </p>
    </div>
  );
}
