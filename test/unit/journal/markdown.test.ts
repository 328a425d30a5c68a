// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../renderer/src/journal/markdown';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('rendered Markdown is inert', () => {
  it('renders ordinary Markdown', () => {
    const html = dom(renderMarkdown('# Title\n\n**bold** and [a link](https://example.org)'));
    expect(html.querySelector('h1')?.textContent).toBe('Title');
    expect(html.querySelector('strong')?.textContent).toBe('bold');
    const a = html.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noreferrer');
  });

  it('shows raw HTML as text: no script, no event handlers', () => {
    const html = dom(renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>'));
    expect(html.querySelector('script, img')).toBeNull();
    expect(html.innerHTML).not.toMatch(/<script|<img/i);
    for (const el of html.querySelectorAll('*'))
      expect([...el.attributes].filter((a) => a.name.startsWith('on'))).toEqual([]);
    expect(html.textContent).toContain('<script>alert(1)</script>');
  });

  it('drops javascript: and data: links', () => {
    for (const src of [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](data:text/html,hi)',
    ]) {
      const html = dom(renderMarkdown(src));
      for (const a of html.querySelectorAll('a'))
        expect(a.getAttribute('href') ?? '').not.toMatch(/^(javascript|data):/i);
    }
  });

  it('never loads a remote image: it becomes a link to open in the browser', () => {
    const html = dom(renderMarkdown('![a cat](https://example.org/cat.png)'));
    expect(html.querySelector('img')).toBeNull();
    const link = html.querySelector('a.md-image-link')!;
    expect(link.textContent).toContain('Image: a cat');
    expect(link.getAttribute('href')).toBe('https://example.org/cat.png');
  });
});
