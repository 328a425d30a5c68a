import { describe, expect, it } from 'vitest';
import { yearReview } from '../../../shared/domain/insights/year-review';
import { yearReviewToHtml, yearReviewToMarkdown } from '../../../shared/formats/year-review-render';

const review = yearReview({
  label: '2026',
  period: { from: '2026-01-01', to: '2026-12-31' },
  entries: [
    {
      id: '1',
      date: '2026-02-01',
      kind: 'win',
      title: '<img src=x onerror=alert(1)> *big*',
      mood: 4,
      tags: ['a|b'],
    },
  ],
  objectives: [],
  lessonsApplied: [{ date: '2026-03-01', text: '<script>alert(1)</script>' }],
});

describe('year in review files', () => {
  it('renders Markdown with journal text escaped', () => {
    const md = yearReviewToMarkdown(review, '2026-12-31T10:00:00.000Z');
    expect(md).toContain('# 2026 in review');
    expect(md).toContain('- Entries: 1 on 1 day');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\*big\\*');
    expect(md).not.toContain('<script>');
  });

  it('renders a standalone page that runs no script and loads nothing', () => {
    const html = yearReviewToHtml(review, '2026-12-31T10:00:00.000Z');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
