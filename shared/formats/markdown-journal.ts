import { strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { ENTRY_KIND_INFO } from '../domain/entry-kinds';
import type {
  ActionItem,
  Activity,
  CheckIn,
  Entry,
  KeyResult,
  Meeting,
  Objective,
  Series,
} from '../domain/records';
import {
  ENTRY_KINDS,
  SHARING,
  isoDateSchema,
  isoDateTimeSchema,
  ratingSchema,
  tagsSchema,
} from '../domain/records';
import { DEFAULT_TEMPLATES } from '../domain/templates';

/**
 * The whole journal as a folder of Markdown files, zipped: one file per entry at
 * `YYYY/MM/YYYY-MM-DD Title.md` with YAML front matter, prompt answers as headed sections, a file
 * per objective and per 1:1 meeting, and an index. The folder opens as an Obsidian vault as it is
 * (front matter becomes properties, `[[…]]` links resolve) and any editor reads it. Grove's own
 * Markdown import reads it back: the `grove` front-matter key says what each file is, and a
 * hidden comment under each answer heading keeps the prompt id.
 */
export const GROVE_MARKDOWN_KEY = 'grove';
export const MARKDOWN_EXPORT_VERSION = 1;
/** Under each answer heading; an HTML comment, so no Markdown renderer shows it. */
export const ANSWER_MARKER = /<!-- grove-answer: (\S{1,64}) -->/;
export const INDEX_FILE = 'Grove journal.md';

/**
 * The YAML front matter of one entry's file, version 1 (published as
 * `shared/schemas/grove.markdown-entry.v1.schema.json`). Other keys are allowed: a person may add
 * their own in Obsidian.
 */
export const markdownEntryFrontMatterV1Schema = z
  .looseObject({
    [GROVE_MARKDOWN_KEY]: z.literal('entry'),
    version: z.literal(MARKDOWN_EXPORT_VERSION),
    id: z.uuid(),
    title: z.string(),
    date: isoDateSchema,
    kind: z.enum(ENTRY_KINDS),
    mood: ratingSchema.optional(),
    energy: ratingSchema.optional(),
    tags: tagsSchema,
    objectives: z.array(z.string()).optional(),
    sharing: z.enum(SHARING),
    shareSummary: z.string().optional(),
    created: isoDateTimeSchema,
  })
  .meta({
    title: 'Grove Markdown export: the front matter of an entry file, version 1',
    description:
      'YAML front matter at the top of each YYYY/MM/YYYY-MM-DD Title.md file. The body follows; each prompt answer is a "## Label" section with an <!-- grove-answer: id --> comment under its heading.',
  });

export interface MarkdownJournalData {
  entries: readonly Entry[];
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  activities: readonly Activity[];
  checkIns: readonly CheckIn[];
  series: readonly Series[];
  meetings: readonly Meeting[];
  actionItems: readonly ActionItem[];
}

/** ISO dates sort as plain strings; `localeCompare` would cost seconds over 20,000 entries. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A file name any file system and Obsidian accept: no separators, no link syntax, not too long. */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned || fallback;
}

/**
 * YAML front matter written by hand: every string as a JSON string and every list as a JSON
 * array, which YAML reads as double-quoted scalars and flow sequences. Exact for any text, and
 * many times faster than a general YAML writer over twenty thousand files.
 */
function frontMatter(fields: Record<string, unknown>): string {
  let out = '---\n';
  for (const [key, value] of Object.entries(fields)) out += `${key}: ${yamlValue(value)}\n`;
  return `${out}---\n`;
}

const yamlValue = (value: unknown): string =>
  value === null || value === undefined
    ? 'null'
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : Array.isArray(value)
        ? `[${value.map(yamlValue).join(', ')}]`
        : JSON.stringify(String(value));

const linkTo = (path: string, label: string) =>
  `[${label.replace(/([[\]\\])/g, '\\$1')}](${path.split('/').map(encodeURIComponent).join('/')})`;

const wikiTarget = (path: string) => path.replace(/\.md$/, '');

function unique(path: string, used: Set<string>): string {
  let candidate = path;
  for (let n = 2; used.has(candidate.toLowerCase()); n++)
    candidate = path.replace(/\.md$/, ` (${n}).md`);
  used.add(candidate.toLowerCase());
  return candidate;
}

const promptLabel = (entry: Entry, id: string) =>
  DEFAULT_TEMPLATES[entry.kind].find((p) => p.id === id)?.label ?? id;

/** One entry's file. Exported for the round-trip test; the layout is what the importer undoes. */
export function entryMarkdown(entry: Entry, objectiveLinks: readonly string[]): string {
  const fields: Record<string, unknown> = {
    [GROVE_MARKDOWN_KEY]: 'entry',
    version: MARKDOWN_EXPORT_VERSION,
    id: entry.id,
    title: entry.title,
    date: entry.date,
    kind: entry.kind,
  };
  if (entry.mood !== null) fields['mood'] = entry.mood;
  if (entry.energy !== null) fields['energy'] = entry.energy;
  fields['tags'] = entry.tags;
  if (objectiveLinks.length > 0) fields['objectives'] = objectiveLinks.map((t) => `[[${t}]]`);
  fields['sharing'] = entry.sharing;
  if (entry.shareSummary) fields['shareSummary'] = entry.shareSummary;
  fields['created'] = entry.createdAt;
  const title = entry.title && !entry.title.includes('\n') ? `# ${entry.title}\n\n` : '';
  const answers = Object.entries(entry.answers)
    .filter(([, text]) => text.trim() !== '')
    .map(
      ([id, text]) =>
        `\n\n## ${promptLabel(entry, id).replace(/\n/g, ' ')}\n<!-- grove-answer: ${id} -->\n${text}`,
    )
    .join('');
  return `${frontMatter(fields)}\n${title}${entry.body}${answers}\n`;
}

function objectiveMarkdown(
  objective: Objective,
  data: MarkdownJournalData,
  evidence: readonly { path: string; label: string }[],
): string {
  const lines: string[] = [
    frontMatter({
      [GROVE_MARKDOWN_KEY]: 'objective',
      id: objective.id,
      title: objective.title,
      status: objective.status,
      targetDate: objective.targetDate,
      tags: objective.tags,
    }),
    `# ${objective.title}`,
    '',
  ];
  if (objective.why) lines.push('## Why it matters', '', objective.why, '');
  if (objective.orgGoal) lines.push('## Organisational goal', '', objective.orgGoal, '');
  const smart = Object.entries(objective.smart).filter(([, v]) => v.trim() !== '');
  if (smart.length > 0) {
    lines.push('## SMART', '');
    for (const [part, text] of smart) lines.push(`- **${part}**: ${text}`);
    lines.push('');
  }
  const results = data.keyResults.filter((k) => k.objectiveId === objective.id && k.deleted === 0);
  if (results.length > 0) {
    lines.push('## Key results', '');
    for (const kr of results.sort((a, b) => a.order - b.order)) {
      const m = kr.measure;
      lines.push(
        m.type === 'done'
          ? `- [${m.done ? 'x' : ' '}] ${kr.title}`
          : `- ${kr.title}: ${m.current} of ${m.target}${m.unit ? ` ${m.unit}` : ''} (from ${m.start})`,
      );
    }
    lines.push('');
  }
  const activities = data.activities.filter(
    (a) => a.objectiveId === objective.id && a.deleted === 0,
  );
  if (activities.length > 0) {
    lines.push('## Learning activities', '');
    for (const a of activities)
      lines.push(`- ${a.title} (${a.kind}, ${a.status})${a.link ? ` <${a.link}>` : ''}`);
    lines.push('');
  }
  const checkIns = data.checkIns
    .filter((c) => c.objectiveId === objective.id && c.deleted === 0)
    .sort((a, b) => cmp(a.date, b.date));
  if (checkIns.length > 0) {
    lines.push('## Check-ins', '');
    for (const c of checkIns) {
      lines.push(
        `- ${c.date}: ${c.progress}% · confidence ${c.confidence}/5${c.blockers ? ` · blockers: ${c.blockers}` : ''}${c.note ? ` — ${c.note.replace(/\n+/g, ' ')}` : ''}`,
      );
    }
    lines.push('');
  }
  if (evidence.length > 0) {
    lines.push('## Evidence', '');
    for (const e of evidence) lines.push(`- ${linkTo(e.path, e.label)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function meetingMarkdown(
  meeting: Meeting,
  series: Series | undefined,
  data: MarkdownJournalData,
  notesPath: string | null,
): string {
  const lines: string[] = [
    frontMatter({
      [GROVE_MARKDOWN_KEY]: 'meeting',
      id: meeting.id,
      series: series?.name ?? '',
      person: series?.person ?? '',
      date: meeting.date,
      status: meeting.status,
    }),
    `# 1:1 ${series?.name ?? ''} — ${meeting.date}`.replace('1:1  —', '1:1 —'),
    '',
  ];
  if (meeting.agenda.length > 0) {
    lines.push('## Agenda', '');
    for (const item of meeting.agenda) lines.push(`- ${item.text.replace(/\n+/g, ' ')}`);
    lines.push('');
  }
  if (meeting.privateNotes) lines.push('## Private notes', '', meeting.privateNotes, '');
  const items = data.actionItems.filter((a) => a.meetingId === meeting.id && a.deleted === 0);
  if (items.length > 0) {
    lines.push('## Action items', '');
    for (const a of items) {
      lines.push(
        `- [${a.status === 'done' ? 'x' : ' '}] ${a.text}${a.owner === 'them' ? ' (them)' : ''}${a.dueDate ? ` — due ${a.dueDate}` : ''}${a.status === 'dropped' ? ' (dropped)' : ''}`,
      );
    }
    lines.push('');
  }
  if (notesPath) lines.push(`Meeting notes: ${linkTo(notesPath, 'notes')}`, '');
  return lines.join('\n');
}

/** Builds every file of the export, path → text. Entries in the trash are left out. */
export function buildMarkdownJournal(
  data: MarkdownJournalData,
  generatedAt: string,
): Map<string, string> {
  const files = new Map<string, string>();
  const used = new Set<string>([INDEX_FILE.toLowerCase()]);
  const live = <T extends { deleted: 0 | 1 }>(rows: readonly T[]) =>
    rows.filter((r) => r.deleted === 0);

  const objectivePath = new Map<string, string>();
  for (const o of live(data.objectives)) {
    objectivePath.set(o.id, unique(`Objectives/${safeFileName(o.title, 'Objective')}.md`, used));
  }
  const entries = live(data.entries).sort(
    (a, b) => cmp(a.date, b.date) || cmp(a.createdAt, b.createdAt),
  );
  const entryPath = new Map<string, string>();
  const evidence = new Map<string, { path: string; label: string }[]>();
  for (const entry of entries) {
    const [y, m] = entry.date.split('-');
    const name = safeFileName(entry.title, ENTRY_KIND_INFO[entry.kind].label);
    const path = unique(`${y}/${m}/${entry.date} ${name}.md`, used);
    entryPath.set(entry.id, path);
    const links: string[] = [];
    for (const id of entry.objectiveIds) {
      const target = objectivePath.get(id);
      if (!target) continue;
      links.push(wikiTarget(target));
      const list = evidence.get(id) ?? [];
      list.push({
        path: `../${path}`,
        label: `${entry.date} ${entry.title || ENTRY_KIND_INFO[entry.kind].label}`,
      });
      evidence.set(id, list);
    }
    files.set(path, entryMarkdown(entry, links));
  }
  for (const o of live(data.objectives)) {
    files.set(objectivePath.get(o.id)!, objectiveMarkdown(o, data, evidence.get(o.id) ?? []));
  }
  const seriesById = new Map(data.series.map((s) => [s.id, s]));
  const meetingPaths: { path: string; label: string; date: string }[] = [];
  for (const meeting of live(data.meetings).sort((a, b) => cmp(a.date, b.date))) {
    const series = seriesById.get(meeting.seriesId);
    const folder = safeFileName(series?.name ?? '', '1-1');
    const path = unique(`1-1s/${folder}/${meeting.date}.md`, used);
    const notes = meeting.notesEntryId ? entryPath.get(meeting.notesEntryId) : undefined;
    files.set(path, meetingMarkdown(meeting, series, data, notes ? `../../${notes}` : null));
    meetingPaths.push({
      path,
      label: `${series?.name ?? '1:1'} — ${meeting.date}`,
      date: meeting.date,
    });
  }
  files.set(
    INDEX_FILE,
    indexMarkdown(entries, entryPath, objectivePath, data, meetingPaths, generatedAt),
  );
  return files;
}

function indexMarkdown(
  entries: readonly Entry[],
  entryPath: ReadonlyMap<string, string>,
  objectivePath: ReadonlyMap<string, string>,
  data: MarkdownJournalData,
  meetings: readonly { path: string; label: string }[],
  generatedAt: string,
): string {
  const lines = [
    frontMatter({
      [GROVE_MARKDOWN_KEY]: 'index',
      version: MARKDOWN_EXPORT_VERSION,
      exportedAt: generatedAt,
    }),
    '# Grove journal',
    '',
    `Exported ${generatedAt.slice(0, 10)}: ${entries.length} entries, ${objectivePath.size} objectives, ${meetings.length} 1:1 meetings. One file per entry, in a folder per year and month; open this folder in any Markdown editor, or as a vault in Obsidian.`,
    '',
  ];
  const objectives = data.objectives.filter((o) => objectivePath.has(o.id));
  if (objectives.length > 0) {
    lines.push('## Objectives', '');
    for (const o of objectives)
      lines.push(`- ${linkTo(objectivePath.get(o.id)!, o.title)} (${o.status})`);
    lines.push('');
  }
  const reviews = entries.filter((e) => e.kind === 'review');
  if (reviews.length > 0) {
    lines.push('## Reviews', '');
    for (const e of reviews)
      lines.push(`- ${linkTo(entryPath.get(e.id)!, `${e.date} ${e.title || 'Review'}`)}`);
    lines.push('');
  }
  if (meetings.length > 0) {
    lines.push('## 1:1 meetings', '');
    for (const m of meetings) lines.push(`- ${linkTo(m.path, m.label)}`);
    lines.push('');
  }
  lines.push('## Entries', '');
  let month = '';
  for (const e of [...entries].reverse()) {
    if (e.date.slice(0, 7) !== month) {
      month = e.date.slice(0, 7);
      lines.push('', `### ${month}`, '');
    }
    lines.push(
      `- ${linkTo(entryPath.get(e.id)!, `${e.date} ${e.title || ENTRY_KIND_INFO[e.kind].label}`)}`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** Zips the files under one folder, so unzipping gives a vault folder rather than loose files. */
export function zipMarkdownJournal(files: ReadonlyMap<string, string>, folder: string): Uint8Array {
  const tree: Zippable = {};
  for (const [path, text] of files) tree[`${folder}/${path}`] = strToU8(text);
  // Stored, not deflated: deflating 30 MB of text took 10–20× longer than storing it here, which
  // would break the 5 s target for twenty thousand entries; the zip is about the size of the text.
  return zipSync(tree, { level: 0 });
}
