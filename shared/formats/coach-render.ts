import { ENTRY_KIND_INFO } from '../domain/entry-kinds';
import type { EntryKind, KeyResultMeasure } from '../domain/records';
import { yearReviewOf, type CoachSummary } from './coach-summary';
import type { CoachYearReview } from './coach-year-review';
import { OBJECTIVE_STATUS_LABELS } from '../domain/objective-status';

/**
 * The same coach summary for people: Markdown to paste or send, and a standalone HTML page that
 * prints well. Every string from the journal is escaped — a `<script>` in an entry is text.
 */

export { OBJECTIVE_STATUS_LABELS } from '../domain/objective-status';

export const SMART_LABELS = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
} as const;

export function measureText(measure: KeyResultMeasure): string {
  if (measure.type === 'done') return measure.done ? 'done' : 'not done';
  const unit = measure.unit ? ` ${measure.unit}` : '';
  const from = measure.start !== 0 ? `, from ${measure.start}` : '';
  return `${measure.current} of ${measure.target}${unit}${from}`;
}

export const daysText = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
export const percentText = (value: number | null) => (value === null ? 'no data yet' : `${value}%`);
export const ratingText = (value: number | null) => (value === null ? '—' : `${value} / 5`);
export const kindLabel = (kind: EntryKind) => ENTRY_KIND_INFO[kind].label;

/** "3 days (2026-10-01 to 2026-10-03)", "1 day" or "none"; `day` words a date for the screen. */
export function bestStreakText(
  streak: CoachYearReview['bestStreak'],
  day: (iso: string) => string = (iso) => iso,
): string {
  if (!streak.days) return 'none';
  return streak.days > 1 && streak.from && streak.to
    ? `${daysText(streak.days)} (${day(streak.from)} to ${day(streak.to)})`
    : daysText(streak.days);
}

/** The heading and captions of the year-in-review section, the same in every output. */
export const YEAR_REVIEW_TEXT = {
  heading: 'The period in review',
  note: 'Figures from the Year in review, for this period and the chosen kinds. Counts and mood include private entries; top tags come from shared entries only.',
  figuresCaption: 'Year-in-review figures',
  tagsCaption: 'Top tags of the shared entries',
  moodCaption: 'Mean mood by month',
} as const;

/** The year-in-review figures as label and value: one wording for the report, Markdown and page. */
export function yearReviewFigureRows(
  review: CoachYearReview,
  day?: (iso: string) => string,
): [string, string][] {
  return [
    ['Entries', `${review.entries} on ${daysText(review.daysWritten)}`],
    ['Best streak', bestStreakText(review.bestStreak, day)],
    ['Objectives achieved', String(review.objectivesAchieved)],
    ['Wins', String(review.wins)],
    ['Lessons applied', String(review.lessonsApplied)],
  ];
}

/** Every month of the period (gaps shown as "—"), or none when no day was rated. */
export const moodMonths = (review: CoachYearReview) =>
  review.moodByMonth.some((m) => m.mood !== null) ? review.moodByMonth : [];

export function summaryTitle(summary: CoachSummary): string {
  const who = summary.owner.name.trim();
  return `${who ? `${who} — p` : 'P'}rogress summary, ${summary.period.from} to ${summary.period.to}`;
}

/** Control characters other than tab and newline have no business in a readable document. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const stripControls = (text: string) => text.replace(CONTROL_CHARACTERS, '');

/** Markdown-significant characters escaped, so journal text cannot become links, HTML or headings. */
function md(text: string): string {
  return stripControls(text).replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}
const mdBlock = (text: string) =>
  md(text)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('  \n');

export function coachSummaryToMarkdown(summary: CoachSummary): string {
  const out: string[] = [`# ${md(summaryTitle(summary))}`, ''];
  out.push(`Generated ${summary.generatedAt} by Grove ${md(summary.generator.version)}.`, '');
  const s = summary.stats;
  out.push('## At a glance', '');
  out.push(
    `- Entries written: ${s.entriesTotal} on ${daysText(s.daysWritten)} (${s.sharedEntries} shared below)`,
  );
  out.push(
    `- Longest streak: ${daysText(s.streak.longest)}; current: ${daysText(s.streak.current)}`,
  );
  out.push(`- Average mood: ${ratingText(s.mood)}; average energy: ${ratingText(s.energy)}`);
  out.push(`- Objectives achieved in the period: ${s.objectivesAchieved}`);
  const byKind = Object.entries(s.entriesByKind)
    .map(([kind, n]) => `${kindLabel(kind as EntryKind)} ${n}`)
    .join(', ');
  if (byKind) out.push(`- By kind: ${byKind}`);
  out.push('');

  const review = yearReviewOf(summary);
  if (review) out.push(...yearReviewMarkdown(review));

  if (summary.objectives.length > 0) {
    out.push('## Objectives', '');
    for (const o of summary.objectives) {
      out.push(`### ${md(o.title)}`, '');
      out.push(
        `Status: ${OBJECTIVE_STATUS_LABELS[o.status]} · Progress: ${percentText(o.progress)}${o.targetDate ? ` · Target: ${o.targetDate}` : ''}`,
        '',
      );
      if (o.why.trim()) out.push(`Why it matters: ${mdBlock(o.why)}`, '');
      for (const [part, label] of Object.entries(SMART_LABELS)) {
        const value = o.smart[part as keyof typeof SMART_LABELS].trim();
        if (value) out.push(`- **${label}:** ${mdBlock(value)}`);
      }
      if (o.keyResults.length > 0) {
        out.push('', '**Key results**', '');
        for (const kr of o.keyResults)
          out.push(`- ${md(kr.title)} — ${md(measureText(kr.measure))} (${kr.progress}%)`);
      }
      if (o.checkIns.length > 0) {
        out.push('', '**Check-ins in the period**', '');
        for (const c of o.checkIns) {
          const extra = [c.note.trim(), c.blockers.trim() ? `Blockers: ${c.blockers.trim()}` : '']
            .filter(Boolean)
            .join(' — ');
          out.push(
            `- ${c.date}: ${c.progress}%, confidence ${c.confidence}/5${extra ? ` — ${mdBlock(extra)}` : ''}`,
          );
        }
      }
      out.push('');
    }
  }

  if (summary.entries.length > 0) {
    out.push('## Shared entries', '');
    for (const e of summary.entries) {
      out.push(`### ${e.date} · ${md(e.kindLabel)}${e.title.trim() ? `: ${md(e.title)}` : ''}`, '');
      if (e.text.trim()) out.push(mdBlock(e.text), '');
    }
  }

  if (summary.actionItems.length > 0) {
    out.push('## Action items', '');
    for (const a of summary.actionItems) {
      const box = a.status === 'done' ? '[x]' : '[ ]';
      const due = a.dueDate ? ` (due ${a.dueDate})` : '';
      out.push(
        `- ${box} ${md(a.text)}${due}${a.owner === 'them' ? ' — their action' : ''}${a.status === 'dropped' ? ' — dropped' : ''}`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

function yearReviewMarkdown(review: CoachYearReview): string[] {
  const t = YEAR_REVIEW_TEXT;
  const out = [`## ${t.heading}`, '', t.note, ''];
  out.push('| Figure | Value |', '| --- | --- |');
  for (const [label, value] of yearReviewFigureRows(review)) out.push(`| ${label} | ${value} |`);
  out.push('');
  if (review.topTags.length > 0) {
    out.push(`**${t.tagsCaption}**`, '', '| Tag | Entries |', '| --- | ---: |');
    for (const tag of review.topTags) out.push(`| ${md(tag.tag)} | ${tag.count} |`);
    out.push('');
  }
  const months = moodMonths(review);
  if (months.length > 0) {
    out.push(`**${t.moodCaption}**`, '', '| Month | Mood | Rated days |', '| --- | ---: | ---: |');
    for (const m of months) out.push(`| ${m.month} | ${ratingText(m.mood)} | ${m.days} |`);
    out.push('');
  }
  return out;
}

export function escapeHtml(text: string): string {
  return stripControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
const para = (text: string) =>
  text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

const PRINT_CSS = `
:root{color-scheme:light dark}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2420;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d9dcd5;padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}.meta{color:#5b625a;margin:0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{color:#5b625a}dd{margin:0}section,article{break-inside:avoid}table{border-collapse:collapse;width:100%;margin:.75rem 0}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e6e8e3}
caption{text-align:left;font-weight:600;padding:.25rem 0}th[scope=row]{font-weight:400}th.n,td.n{text-align:right}
@media (prefers-color-scheme:dark){body{color:#e3e7e0;background:#151916}.meta,dt{color:#a8b1a5}h2{border-color:#3a4239}th,td{border-color:#2c332d}}
@media print{body{margin:0;max-width:none;color:#000;background:#fff}a{color:inherit}}
`;

/** The response form's look: calm, clearly the coach's space, hidden when printed. */
const RESPOND_CSS = `
.respond{margin:.75rem 0 1rem;padding:.75rem 1rem;border:1px solid #c9d3c4;border-left:4px solid #3d6b4a;border-radius:8px;background:#f4f7f2}
.respond--intro,.respond--footer{margin:1.5rem 0}.respond h2{border:0;margin-top:0}
.respond label{display:block;font-weight:600;font-size:.9rem;margin:.35rem 0 .2rem}
textarea,input,select{font:inherit;color:inherit;background:#fff;border:1px solid #7d8679;border-radius:6px;padding:.4rem .55rem;box-sizing:border-box}
textarea,input{width:100%}textarea{resize:vertical}
button{font:inherit;font-weight:600;background:#2f5d3a;color:#fff;border:0;border-radius:6px;padding:.55rem 1.1rem;cursor:pointer}
button:hover{background:#244a2e}:focus-visible{outline:3px solid #2f6fd6;outline-offset:2px}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
@media (prefers-color-scheme:dark){.respond{background:#1c241e;border-color:#3a4a3d;border-left-color:#7fb58d}textarea,input,select{background:#101411;border-color:#6f7a6c}button{background:#8cc29a;color:#0c120e}button:hover{background:#a2d1ae}:focus-visible{outline-color:#8ab4ff}}
@media print{.respond{display:none}}
`;

/**
 * The parts that turn the page into a response form (see coach-response-page.ts). Kept as
 * plain strings and a callback so this module needs nothing from the form's.
 */
export interface RespondParts {
  /** The one inline script; allowed by `scriptHash` (base64 SHA-256 of exactly this text). */
  script: string;
  scriptHash: string;
  /** Base64 SHA-256 of `summaryPageCss(true)`: with the form, styles are allowed by hash too. */
  styleHash: string;
  intro: string;
  footer: string;
  block: (about: 'objective' | 'entry', id: string, title: string) => string;
}

/** The page's one style sheet (with the form's styles when it has one). */
export const summaryPageCss = (respond: boolean) => (respond ? PRINT_CSS + RESPOND_CSS : PRINT_CSS);

/**
 * The page's own Content-Security-Policy: nothing may load from anywhere; inline styles; with a
 * response form, exactly one script and one style sheet, each named by its hash.
 */
export function summaryPageCsp(hashes?: { script: string; style: string }): string {
  return [
    "default-src 'none'",
    hashes ? `style-src 'sha256-${hashes.style}'` : "style-src 'unsafe-inline'",
    hashes ? `script-src 'sha256-${hashes.script}'` : '',
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter(Boolean)
    .join('; ');
}

function yearReviewHtml(review: CoachYearReview): string {
  const t = YEAR_REVIEW_TEXT;
  const table = (caption: string, head: string[], rows: string[][], numeric: number[]) =>
    `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="n"' : ''}>${h}</th>`).join('')}</tr></thead><tbody>${rows
      .map(
        (row) =>
          `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td${numeric.includes(i) ? ' class="n"' : ''}>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  const parts = [
    `<section aria-labelledby="year-review-heading"><h2 id="year-review-heading">${t.heading}</h2>`,
    `<p class="meta">${escapeHtml(t.note)}</p>`,
    table(t.figuresCaption, ['Figure', 'Value'], yearReviewFigureRows(review), []),
  ];
  if (review.topTags.length > 0)
    parts.push(
      table(
        t.tagsCaption,
        ['Tag', 'Entries'],
        review.topTags.map((tag) => [tag.tag, String(tag.count)]),
        [1],
      ),
    );
  const months = moodMonths(review);
  if (months.length > 0)
    parts.push(
      table(
        t.moodCaption,
        ['Month', 'Mood', 'Rated days'],
        months.map((m) => [m.month, ratingText(m.mood), String(m.days)]),
        [1, 2],
      ),
    );
  parts.push('</section>');
  return parts.join('');
}

export function coachSummaryToHtml(summary: CoachSummary, respond?: RespondParts): string {
  const s = summary.stats;
  const title = escapeHtml(summaryTitle(summary));
  const css = summaryPageCss(!!respond);
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${summaryPageCsp(respond && { script: respond.scriptHash, style: respond.styleHash })}">`,
    `<title>${title}</title><style>${css}</style></head><body><main>`,
    `<h1>${title}</h1>`,
    `<p class="meta">Generated ${escapeHtml(summary.generatedAt)} by Grove ${escapeHtml(summary.generator.version)}</p>`,
    respond?.intro ?? '',
    '<h2>At a glance</h2><dl>',
    `<dt>Entries</dt><dd>${s.entriesTotal} on ${daysText(s.daysWritten)} (${s.sharedEntries} shared)</dd>`,
    `<dt>Streak</dt><dd>longest ${daysText(s.streak.longest)}, current ${daysText(s.streak.current)}</dd>`,
    `<dt>Mood / energy</dt><dd>${ratingText(s.mood)} / ${ratingText(s.energy)}</dd>`,
    `<dt>Objectives achieved</dt><dd>${s.objectivesAchieved}</dd></dl>`,
  ];
  const review = yearReviewOf(summary);
  if (review) parts.push(yearReviewHtml(review));
  if (summary.objectives.length > 0) {
    parts.push('<h2>Objectives</h2>');
    for (const o of summary.objectives) {
      parts.push(`<article><h3>${escapeHtml(o.title)}</h3>`);
      parts.push(
        `<p class="meta">${OBJECTIVE_STATUS_LABELS[o.status]} · ${percentText(o.progress)}${o.targetDate ? ` · target ${o.targetDate}` : ''}</p>`,
      );
      if (o.why.trim()) parts.push(para(o.why));
      const smart = Object.entries(SMART_LABELS)
        .filter(([part]) => o.smart[part as keyof typeof SMART_LABELS].trim())
        .map(
          ([part, label]) =>
            `<dt>${label}</dt><dd>${escapeHtml(o.smart[part as keyof typeof SMART_LABELS])}</dd>`,
        );
      if (smart.length) parts.push(`<dl>${smart.join('')}</dl>`);
      if (o.keyResults.length) {
        parts.push(
          '<table><thead><tr><th>Key result</th><th>Measure</th><th>Progress</th></tr></thead><tbody>',
        );
        for (const kr of o.keyResults)
          parts.push(
            `<tr><td>${escapeHtml(kr.title)}</td><td>${escapeHtml(measureText(kr.measure))}</td><td>${kr.progress}%</td></tr>`,
          );
        parts.push('</tbody></table>');
      }
      if (o.checkIns.length) {
        parts.push('<ul>');
        for (const c of o.checkIns)
          parts.push(
            `<li>${c.date}: ${c.progress}%, confidence ${c.confidence}/5${c.note.trim() ? ` — ${escapeHtml(c.note)}` : ''}${c.blockers.trim() ? ` (blockers: ${escapeHtml(c.blockers)})` : ''}</li>`,
          );
        parts.push('</ul>');
      }
      if (respond) parts.push(respond.block('objective', o.id, o.title));
      parts.push('</article>');
    }
  }
  if (summary.entries.length > 0) {
    parts.push('<h2>Shared entries</h2>');
    for (const e of summary.entries) {
      const heading = `${e.date} · ${e.kindLabel}${e.title.trim() ? `: ${e.title}` : ''}`;
      parts.push(
        `<article><h3>${escapeHtml(heading)}</h3>${para(e.text)}${respond ? respond.block('entry', e.id, heading) : ''}</article>`,
      );
    }
  }
  if (summary.actionItems.length > 0) {
    parts.push('<h2>Action items</h2><ul>');
    for (const a of summary.actionItems)
      parts.push(
        `<li>${a.status === 'done' ? '✓ ' : ''}${escapeHtml(a.text)}${a.dueDate ? ` (due ${a.dueDate})` : ''}${a.owner === 'them' ? ' — their action' : ''}</li>`,
      );
    parts.push('</ul>');
  }
  if (respond) parts.push(respond.footer, `<script>${respond.script}</script>`);
  parts.push('</main></body></html>');
  return parts.join('\n');
}
