import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

/**
 * Markdown to safe HTML. Two locks: markdown-it with `html: false` never passes raw HTML through
 * (and refuses `javascript:` links), and DOMPurify removes anything executable that might still
 * slip by. Images are never loaded from the network inside the app: each becomes a link the user
 * can choose to open in the browser.
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

md.renderer.rules['image'] = (tokens, idx) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet('src') ?? '');
  const alt = token.content || 'image';
  const label = md.utils.escapeHtml(`Image: ${alt}`);
  if (/^https?:/i.test(src)) {
    return `<a class="md-image-link" href="${md.utils.escapeHtml(src)}">${label} (opens in your browser)</a>`;
  }
  return `<span class="md-image-link">${label}</span>`;
};

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = node.getAttribute('href') ?? '';
        if (/^https?:|^mailto:/i.test(href)) {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noreferrer');
        } else {
          node.removeAttribute('href');
        }
      }
    });
  }
  return DOMPurify;
}

export function renderMarkdown(source: string): string {
  return purifier().sanitize(md.render(source), {
    FORBID_TAGS: ['img', 'style', 'iframe', 'form', 'input', 'svg', 'math'],
    FORBID_ATTR: ['style', 'srcset'],
  });
}
