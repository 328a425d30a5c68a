import type { AgendaItem } from '../records';
import { shortDate } from './period';

const HEADINGS: Record<AgendaItem['kind'], string> = {
  carryOver: 'Carried over',
  point: 'Since last time',
  topic: 'Topics',
  ask: 'Asks',
};
const ORDER: AgendaItem['kind'][] = ['carryOver', 'point', 'topic', 'ask'];

function escapeLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The shareable agenda as Markdown. Private notes are never part of it: they are a separate field
 * that this function does not take.
 */
export function agendaToMarkdown(
  title: string,
  date: string,
  agenda: readonly AgendaItem[],
): string {
  const lines = [`# ${escapeLine(title)} — ${shortDate(date)}`, ''];
  const items = agenda.filter((a) => a.text.trim() !== '');
  if (items.length === 0) {
    lines.push('_No agenda points yet._', '');
    return lines.join('\n');
  }
  for (const kind of ORDER) {
    const ofKind = items.filter((a) => a.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push(`## ${HEADINGS[kind]}`, '');
    for (const item of ofKind) lines.push(`- ${escapeLine(item.text)}`);
    lines.push('');
  }
  return lines.join('\n');
}
