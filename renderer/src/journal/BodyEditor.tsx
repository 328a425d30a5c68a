import { lazy, Suspense } from 'react';
import type { BodyEditorProps } from './CodeMirrorBody';

const CodeMirrorBody = lazy(() => import('./CodeMirrorBody'));

/** The body editor, its code fetched on first use; a quiet box holds its place meanwhile. */
export function BodyEditor(props: BodyEditorProps) {
  return (
    <Suspense fallback={<div className="md-editor md-editor--loading" aria-busy="true" />}>
      <CodeMirrorBody {...props} />
    </Suspense>
  );
}
