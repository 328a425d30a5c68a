import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { Annotation, Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { BodyChange } from './draftLog';

export interface BodyEditorProps {
  initialValue: string;
  label: string;
  placeholderText: string;
  autoFocus: boolean;
  /** `change` covers every edit since the previous call, so a log can store just that part. */
  onChange: (text: string, change: BodyChange) => void;
  onBlur: () => void;
  /** A hard stop: a change that would make the text longer is refused (the editor warns first). */
  maxLength?: number;
  /** Text set from outside (another window's save, a restore); applied when `revision` moves. */
  value?: string;
  revision?: number;
}

/** Marks a change that came from outside, so it is not reported back as typing. */
const external = Annotation.define<boolean>();

/**
 * Colours and spacing from tokens.css: custom properties inherit into the shadow root, so light and
 * dark themes apply without CodeMirror knowing about them.
 */
const groveTheme = EditorView.theme({
  '&': {
    minHeight: '40vh',
    color: 'var(--text)',
    backgroundColor: 'transparent',
    fontFamily: 'var(--font-serif)',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.7' },
  '.cm-content': { padding: '24px', minHeight: '40vh', caretColor: 'var(--text)' },
  '.cm-line': { padding: '0' },
  '.cm-placeholder': { color: 'var(--text-muted)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--accent-soft)',
  },
});

/**
 * Above this many characters the body is edited as plain text: the Markdown parser re-walks its
 * tree on every keystroke (about 10 ms in a 1 MB document, measured by `npm run bench`), which
 * would cost a frame per key. Markdown is still what is stored and previewed; only the editor's
 * list continuation goes. It comes back below `MARKDOWN_BACK_BELOW` (a gap, so a document at the
 * edge does not flip on every key).
 */
const PLAIN_TEXT_ABOVE = 256_000;
const MARKDOWN_BACK_BELOW = 192_000;

/**
 * The Markdown body, in CodeMirror 6: it edits megabyte documents without lag (it renders only
 * the visible lines) and has real undo history. It lives in a shadow root because CodeMirror puts
 * its styles in adopted style sheets only there (in the document it would add a <style> element,
 * which the strict `style-src 'self'` CSP refuses). Loaded on demand so the first screen does not
 * pay for it.
 */
export default function CodeMirrorBody(props: BodyEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  const viewRef = useRef<EditorView | null>(null);

  useEffect(() => {
    const { initialValue, label, placeholderText, autoFocus, maxLength } = callbacks.current;
    const shadow = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    const language = new Compartment();
    let isMarkdown = initialValue.length <= PLAIN_TEXT_ABOVE;
    const view: EditorView = new EditorView({
      root: shadow,
      parent: shadow,
      state: EditorState.create({
        doc: initialValue,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          language.of(isMarkdown ? markdown() : []),
          groveTheme,
          EditorView.lineWrapping,
          placeholder(placeholderText),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          EditorState.changeFilter.of(
            (tr) =>
              maxLength === undefined ||
              tr.newDoc.length <= maxLength ||
              tr.annotation(external) === true,
          ),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            const size = update.state.doc.length;
            const wanted = isMarkdown ? size <= PLAIN_TEXT_ABOVE : size < MARKDOWN_BACK_BELOW;
            if (wanted !== isMarkdown) {
              isMarkdown = wanted;
              // Not inside this update: CodeMirror refuses a dispatch while one is running.
              queueMicrotask(() =>
                view.dispatch({ effects: language.reconfigure(wanted ? markdown() : []) }),
              );
            }
            if (update.transactions.some((tr) => tr.annotation(external))) return;
            const doc = update.state.doc;
            const change = {
              from: Infinity,
              toA: -Infinity,
              toB: -Infinity,
              slice: (from: number, to: number) => doc.sliceString(from, to),
            };
            update.changes.iterChangedRanges((fromA, toA, _fromB, toB) => {
              change.from = Math.min(change.from, fromA);
              change.toA = Math.max(change.toA, toA);
              change.toB = Math.max(change.toB, toB);
            });
            callbacks.current.onChange(doc.toString(), change);
          }),
          EditorView.domEventHandlers({
            blur: () => {
              callbacks.current.onBlur();
            },
          }),
        ],
      }),
    });
    // The editor's code arrives a moment after the page: never steal focus from a field the
    // user has already moved to (that blur would save a half-typed title).
    const active = document.activeElement;
    if (autoFocus && (active === null || active === document.body || active.id === 'main'))
      view.focus();
    viewRef.current = view;
    return () => {
      viewRef.current = null;
      view.destroy();
    };
  }, []);

  const { value, revision } = props;
  useEffect(() => {
    const view = viewRef.current;
    if (!view || value === undefined) return;
    const current = view.state.doc.toString();
    if (current === value) return;
    const head = Math.min(view.state.selection.main.head, value.length);
    view.dispatch({
      changes: { from: 0, to: current.length, insert: value },
      selection: { anchor: head },
      annotations: external.of(true),
    });
    // Only `revision` says the text changed from outside; `value` alone follows the typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision]);

  return <div ref={host} className="md-editor" />;
}
