import type { YearReview } from '../domain/insights/year-review';
import { ENTRY_KINDS } from '../domain/records';
import { bestStreakText, daysText, escapeHtml, kindLabel } from './coach-render';

/**
 * The year (or quarter) in review as Markdown and as a standalone web page that prints well, like
 * the coach summary. Every journal string is escaped; the page allows no script and loads nothing.
 */
const mean = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)} / 5`);
const md = (text: string) => text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

function kindRows(review: YearReview): [string, number][] {
  return ENTRY_KINDS.filter((k) => review.byKind[k]).map((k) => [kindLabel(k), review.byKind[k]!]);
}

const streakText = (review: YearReview) => bestStreakText(review.bestStreak);

export function yearReviewTitle(review: YearReview): string {
  return `${review.label} in review`;
}

export function yearReviewToMarkdown(review: YearReview, generatedAt: string): string {
  const out: string[] = [
    `# ${yearReviewTitle(review)}`,
    '',
    `${review.period.from} to ${review.period.to} · made by Grove on ${generatedAt.slice(0, 10)}`,
    '',
    '## In numbers',
    '',
    `- Entries: ${review.entries} on ${daysText(review.daysWritten)}`,
    `- Best streak: ${streakText(review)}`,
    `- Objectives achieved: ${review.objectivesAchieved.length}`,
    `- Wins noted: ${review.wins.length}`,
    `- Lessons applied: ${review.lessonsApplied.length}`,
    '',
  ];
  const kinds = kindRows(review);
  if (kinds.length) {
    out.push(
      '| Kind | Entries |',
      '| --- | ---: |',
      ...kinds.map(([k, n]) => `| ${k} | ${n} |`),
      '',
    );
  }
  if (review.topTags.length) {
    out.push(
      '## Top tags',
      '',
      review.topTags.map((t) => `${md(t.tag)} (${t.count})`).join(', '),
      '',
    );
  }
  if (review.moodByMonth.some((m) => m.mood !== null)) {
    out.push('## Mood by month', '', '| Month | Mood | Rated days |', '| --- | ---: | ---: |');
    for (const m of review.moodByMonth) out.push(`| ${m.month} | ${mean(m.mood)} | ${m.days} |`);
    out.push('');
  }
  if (review.objectivesAchieved.length) {
    out.push(
      '## Objectives achieved',
      '',
      ...review.objectivesAchieved.map((o) => `- ${o.date}: ${md(o.title)}`),
      '',
    );
  }
  if (review.wins.length) {
    out.push('## Wins', '', ...review.wins.map((w) => `- ${w.date}: ${md(w.title)}`), '');
  }
  if (review.lessonsApplied.length) {
    out.push(
      '## Lessons applied',
      '',
      ...review.lessonsApplied.map((l) => `- ${l.date}: ${md(l.text)}`),
      '',
    );
  }
  return out.join('\n');
}

const PRINT_CSS = `
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2420;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1.5rem}
h1{font-size:1.7rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #d9dcd5;padding-bottom:.25rem}
.meta{color:#5b625a;margin:0}.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;margin:1.25rem 0}
.figure{border:1px solid #dedbd2;border-radius:10px;padding:.6rem .8rem}.figure b{display:block;font-size:1.5rem}.figure span{color:#5b625a;font-size:.9rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e6e8e3}td.n{text-align:right}
.bar{display:inline-block;height:.6rem;background:#2f6b4f;border-radius:3px;vertical-align:middle}
section{break-inside:avoid}@media print{body{margin:0;max-width:none}}
`;

export function yearReviewToHtml(review: YearReview, generatedAt: string): string {
  const title = escapeHtml(yearReviewTitle(review));
  const figure = (value: string | number, label: string) =>
    `<div class="figure"><b>${escapeHtml(String(value))}</b><span>${escapeHtml(label)}</span></div>`;
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${title}</title><style>${PRINT_CSS}</style></head><body>`,
    `<h1>${title}</h1>`,
    `<p class="meta">${review.period.from} to ${review.period.to} · made by Grove on ${escapeHtml(generatedAt.slice(0, 10))}</p>`,
    '<div class="figures">',
    figure(review.entries, `entries on ${daysText(review.daysWritten)}`),
    figure(review.bestStreak.days, 'days: best streak'),
    figure(review.objectivesAchieved.length, 'objectives achieved'),
    figure(review.wins.length, 'wins noted'),
    figure(review.lessonsApplied.length, 'lessons applied'),
    '</div>',
  ];
  const kinds = kindRows(review);
  if (kinds.length) {
    parts.push(
      '<section><h2>What you wrote</h2><table><thead><tr><th>Kind</th><th>Entries</th></tr></thead><tbody>',
    );
    for (const [k, n] of kinds)
      parts.push(`<tr><td>${escapeHtml(k)}</td><td class="n">${n}</td></tr>`);
    parts.push('</tbody></table></section>');
  }
  if (review.topTags.length) {
    parts.push(
      `<section><h2>Top tags</h2><p>${review.topTags.map((t) => `${escapeHtml(t.tag)} (${t.count})`).join(', ')}</p></section>`,
    );
  }
  if (review.moodByMonth.some((m) => m.mood !== null)) {
    parts.push(
      '<section><h2>Mood by month</h2><table><thead><tr><th>Month</th><th>Mood</th><th></th><th>Rated days</th></tr></thead><tbody>',
    );
    for (const m of review.moodByMonth) {
      const width = m.mood === null ? 0 : Math.round(((m.mood - 1) / 4) * 160);
      parts.push(
        `<tr><td>${m.month}</td><td class="n">${mean(m.mood)}</td><td><span class="bar" style="width:${width}px"></span></td><td class="n">${m.days}</td></tr>`,
      );
    }
    parts.push('</tbody></table></section>');
  }
  const list = (heading: string, items: string[]) => {
    if (items.length)
      parts.push(
        `<section><h2>${heading}</h2><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></section>`,
      );
  };
  list(
    'Objectives achieved',
    review.objectivesAchieved.map((o) => `${o.date}: ${escapeHtml(o.title)}`),
  );
  list(
    'Wins',
    review.wins.map((w) => `${w.date}: ${escapeHtml(w.title)}`),
  );
  list(
    'Lessons applied',
    review.lessonsApplied.map((l) => `${l.date}: ${escapeHtml(l.text)}`),
  );
  parts.push('</body></html>');
  return parts.join('\n');
}
