import { ENTRY_KIND_INFO } from '../domain/entry-kinds';
import type { EntryKind, KeyResultMeasure } from '../domain/records';
import type { CoachSummary } from './coach-summary';
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
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2420;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d9dcd5;padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}.meta{color:#5b625a;margin:0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{color:#5b625a}dd{margin:0}section,article{break-inside:avoid}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e6e8e3}
@media print{body{margin:0;max-width:none}a{color:inherit}}
`;

export function coachSummaryToHtml(summary: CoachSummary): string {
  const s = summary.stats;
  const title = escapeHtml(summaryTitle(summary));
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${title}</title><style>${PRINT_CSS}</style></head><body>`,
    `<h1>${title}</h1>`,
    `<p class="meta">Generated ${escapeHtml(summary.generatedAt)} by Grove ${escapeHtml(summary.generator.version)}</p>`,
    '<h2>At a glance</h2><dl>',
    `<dt>Entries</dt><dd>${s.entriesTotal} on ${daysText(s.daysWritten)} (${s.sharedEntries} shared)</dd>`,
    `<dt>Streak</dt><dd>longest ${daysText(s.streak.longest)}, current ${daysText(s.streak.current)}</dd>`,
    `<dt>Mood / energy</dt><dd>${ratingText(s.mood)} / ${ratingText(s.energy)}</dd>`,
    `<dt>Objectives achieved</dt><dd>${s.objectivesAchieved}</dd></dl>`,
  ];
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
      parts.push('</article>');
    }
  }
  if (summary.entries.length > 0) {
    parts.push('<h2>Shared entries</h2>');
    for (const e of summary.entries) {
      parts.push(
        `<article><h3>${e.date} · ${escapeHtml(e.kindLabel)}${e.title.trim() ? `: ${escapeHtml(e.title)}` : ''}</h3>${para(e.text)}</article>`,
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
  parts.push('</body></html>');
  return parts.join('\n');
}
