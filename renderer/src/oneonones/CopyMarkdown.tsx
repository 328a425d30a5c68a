import { useId, useState } from 'react';
import { useUiStore } from '../app/ui-store';
import { copyText } from './copyText';

/** "Copy as Markdown", falling back to a selectable text box when the clipboard is refused. */
export function CopyMarkdownButton({
  markdown,
  label = 'Copy as Markdown',
  disabled = false,
}: {
  markdown: string;
  label?: string;
  /** While the text to copy is being prepared. */
  disabled?: boolean;
}) {
  const notify = useUiStore((s) => s.notify);
  const [fallback, setFallback] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={disabled}
        onClick={() =>
          void copyText(markdown).then((ok) => {
            if (ok) {
              setFallback(false);
              notify('Copied as Markdown.');
            } else setFallback(true);
          })
        }
      >
        {label}
      </button>
      {fallback && (
        <div className="field" style={{ flexBasis: '100%' }}>
          <label htmlFor={id} className="field__label">
            The clipboard is not available here: select the text and copy it.
          </label>
          <textarea id={id} className="oo-textarea" readOnly value={markdown} />
        </div>
      )}
    </>
  );
}
