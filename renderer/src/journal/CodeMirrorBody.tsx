import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';

export interface BodyEditorProps {
  initialValue: string;
  label: string;
  placeholderText: string;
  autoFocus: boolean;
  onChange: (text: string) => void;
  onBlur: () => void;
}

/**
 * The Markdown body, in CodeMirror 6: it edits megabyte documents without lag (it renders only
 * the visible lines), has real undo history, and its styles go through adopted style sheets, which
 * the strict CSP allows. Loaded on demand so the first screen does not pay for it.
 */
export default function CodeMirrorBody(props: BodyEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    const { initialValue, label, placeholderText, autoFocus } = callbacks.current;
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initialValue,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          markdown(),
          EditorView.lineWrapping,
          placeholder(placeholderText),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
          EditorView.domEventHandlers({
            blur: () => {
              callbacks.current.onBlur();
            },
          }),
        ],
      }),
    });
    if (autoFocus) view.focus();
    return () => view.destroy();
  }, []);

  return <div ref={host} className="md-editor" />;
}
