import { useMemo } from 'react';
import { renderMarkdown } from './markdown';

/** The body as formatted text. The HTML is sanitised in `renderMarkdown`, never raw user HTML. */
export function MarkdownPreview({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      className="md-preview"
      // Safe: markdown-it with html:false, then DOMPurify (see markdown.ts and its tests).
      dangerouslySetInnerHTML={{ __html: html || '<p class="muted">Nothing written yet.</p>' }}
    />
  );
}
