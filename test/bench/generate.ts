import type {
  ActionItem,
  Activity,
  CheckIn,
  Entry,
  EntryKind,
  KeyResult,
  Meeting,
  Objective,
  SelfAssessment,
  Series,
} from '../../shared/domain/records';
import { ACTIVITY_KINDS } from '../../shared/domain/records';
import { DEFAULT_TEMPLATES } from '../../shared/domain/templates';

/**
 * A realistic, deterministic journal for benchmarks and load tests: the same seed gives the same
 * journal, byte for byte. Pure TypeScript with no Node or DOM imports, so it runs in the browser
 * page that the benchmark drives and in unit tests alike.
 */
export interface GeneratedJournal {
  entries: Entry[];
  objectives: Objective[];
  keyResults: KeyResult[];
  activities: Activity[];
  checkIns: CheckIn[];
  actionItems: ActionItem[];
  selfAssessments: SelfAssessment[];
  series: Series[];
  meetings: Meeting[];
}

export interface GenerateOptions {
  seed?: number;
  /** Total entries (default 20,000: ten years of a daily writer). */
  entries?: number;
  objectives?: number;
  years?: number;
  /** The last day of the journal, `YYYY-MM-DD`. */
  endDate?: string;
}

/** mulberry32: small, fast and good enough for test data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, int, pick, chance, uuid };
}

const WORDS = (
  'team learn feedback growth strategy practice retro meeting customer design review code ' +
  'stakeholder mentor coach goal progress setback lesson experiment hypothesis result energy focus ' +
  'delegate facilitate listen question plan estimate deliver ship improve measure habit reflect ' +
  'confidence courage curiosity effort challenge résumé café naïve clarity priority boundary ' +
  'presentation workshop conference article book chapter pairing incident postmortem roadmap ' +
  'hiring interview onboarding architecture testing refactor deadline quarter sprint backlog'
).split(' ');
/**
 * Everyday English, most frequent first. Prose is drawn from it with a Zipf distribution (the
 * n-th word about 1/n as often as the first), as real writing is: a few words are everywhere and
 * most are rare, which is what full-text search meets in a real journal.
 */
const COMMON = (
  'the and to of a i in it that was for is on with my we but not this at be have they so as ' +
  'about what from more when some time all if out up one there just would can how their like ' +
  'today work them which than then think into now only new other could also after first well ' +
  'way even want because any these give day most us week people made need still long next good ' +
  'little own right old big high different small large early young important few public bad same ' +
  'able last late hard real best better sure free clear whole true full special easy strong ' +
  'certain close open quick slow calm busy tired proud nervous curious honest careful patient ' +
  'focused stuck blocked helped asked listened tried failed learned shipped wrote read planned ' +
  'talked shared noticed changed decided started finished moved fixed tested reviewed paired ' +
  'coached mentored delegated presented prepared practised struggled improved measured ' +
  'morning afternoon evening lunch standup sync call email doc draft slide deck demo release bug ' +
  'ticket branch deploy outage alert metric dashboard budget offer plan goal habit routine walk ' +
  'run gym sleep coffee book podcast course lecture notes chapter exercise question answer idea'
).split(' ');
const RARE = WORDS;

const OPENERS = [
  'Today I noticed',
  'I was surprised that',
  'Not yet, but',
  'What went well:',
  'Next time I will',
  'The feedback was that',
  'I tried',
  'A small win:',
  'I struggled with',
  'I learned that',
];
const TAGS = [
  'leadership',
  'facilitation',
  'writing',
  'health',
  'career',
  'learning',
  'team',
  'product',
  'speaking',
  'architecture',
  'mentoring',
  'focus',
  'feedback',
  'hiring',
  'planning',
];
const SKILLS = [
  'Facilitation',
  'Public speaking',
  'System design',
  'Coaching',
  'Writing',
  'Prioritisation',
];

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function generateJournal(options: GenerateOptions = {}): GeneratedJournal {
  const r = prng(options.seed ?? 42);
  const entryCount = options.entries ?? 20_000;
  const objectiveCount = options.objectives ?? 200;
  const years = options.years ?? 10;
  const end = new Date(`${options.endDate ?? '2026-11-22'}T12:00:00.000Z`);
  const days = Math.round(years * 365.25);
  const start = new Date(end.getTime() - (days - 1) * 86_400_000);
  const dayAt = (i: number) => new Date(start.getTime() + i * 86_400_000);
  const stamp = (day: Date, minute: number) =>
    new Date(day.getTime() - 4 * 3600_000 + minute * 60_000).toISOString();

  const vocabulary = [...COMMON, ...RARE];
  // Zipf weights by rank, as cumulative sums for a binary search per word.
  const cumulative: number[] = [];
  vocabulary.reduce((sum, _, rank) => {
    cumulative.push(sum + 1 / (rank + 1));
    return sum + 1 / (rank + 1);
  }, 0);
  const zipfWord = () => {
    const target = r.next() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo]!;
  };
  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: r.int(min, max) }, zipfWord);
    return `${r.pick(OPENERS)} ${words.join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: r.int(2, 5) }, () => sentence(6, 18)).join(' ');
  const markdownBody = () => {
    const parts: string[] = [];
    const blocks = r.int(1, 5);
    for (let b = 0; b < blocks; b++) {
      const shape = r.int(0, 9);
      if (shape === 0) parts.push(`## ${sentence(2, 5)}`);
      else if (shape === 1)
        parts.push(Array.from({ length: r.int(2, 4) }, () => `- ${sentence(3, 9)}`).join('\n'));
      else if (shape === 2) parts.push(`> ${sentence(5, 12)}`);
      else parts.push(paragraph().replace(/\b(learn|growth|feedback)\b/, '**$1**'));
    }
    return parts.join('\n\n');
  };
  const base = (createdAt: string) => ({
    id: r.uuid(),
    createdAt,
    updatedAt: createdAt,
    deleted: 0 as const,
    deletedAt: null,
  });

  // Objectives spread across the ten years, each with key results, activities and check-ins.
  const objectives: Objective[] = [];
  const keyResults: KeyResult[] = [];
  const activities: Activity[] = [];
  const checkIns: CheckIn[] = [];
  for (let i = 0; i < objectiveCount; i++) {
    const startDay = r.int(0, days - 120);
    const created = stamp(dayAt(startDay), r.int(0, 600));
    const targetDay = Math.min(days - 1 + 90, startDay + r.int(60, 180));
    const status =
      startDay > days - 200
        ? r.pick(['active', 'active', 'paused', 'draft'] as const)
        : r.pick(['achieved', 'achieved', 'dropped', 'active'] as const);
    const objective: Objective = {
      ...base(created),
      title: `${r.pick(['Get better at', 'Learn', 'Lead', 'Practise', 'Master'])} ${r.pick(WORDS)} ${r.pick(WORDS)}`,
      why: paragraph(),
      orgGoal: r.chance(0.6) ? sentence(3, 8) : '',
      smart: {
        specific: sentence(4, 10),
        measurable: r.chance(0.85) ? sentence(3, 8) : '',
        achievable: sentence(3, 8),
        relevant: sentence(3, 8),
        timeBound: r.chance(0.9) ? `By ${isoDay(dayAt(targetDay))}` : '',
      },
      targetDate: r.chance(0.9) ? isoDay(dayAt(targetDay)) : null,
      status,
      tags: [r.pick(TAGS)],
      achievedAt: status === 'achieved' ? stamp(dayAt(Math.min(days - 1, targetDay)), 600) : null,
    };
    objectives.push(objective);
    for (let k = 0; k < r.int(2, 4); k++) {
      const numeric = r.chance(0.6);
      const target = r.int(3, 20);
      keyResults.push({
        ...base(created),
        objectiveId: objective.id,
        title: sentence(2, 6),
        order: k + 1,
        measure: numeric
          ? {
              type: 'numeric',
              start: 0,
              target,
              current: r.int(0, target + 2),
              unit: r.pick(['sessions', 'talks', 'pages', '%']),
            }
          : { type: 'done', done: r.chance(0.5) },
      });
    }
    for (let a = 0; a < r.int(1, 3); a++) {
      activities.push({
        ...base(created),
        objectiveId: objective.id,
        kind: r.pick(ACTIVITY_KINDS),
        title: sentence(2, 6),
        link: r.chance(0.4) ? `https://example.org/${r.pick(WORDS)}` : null,
        status: r.pick(['planned', 'inProgress', 'done'] as const),
        notes: r.chance(0.5) ? sentence(4, 12) : '',
      });
    }
    let progress = 0;
    for (let c = 0; c < r.int(4, 14); c++) {
      const day = Math.min(days - 1, startDay + c * r.int(7, 14));
      progress = Math.min(100, progress + r.int(0, 15));
      checkIns.push({
        ...base(stamp(dayAt(day), 700)),
        objectiveId: objective.id,
        date: isoDay(dayAt(day)),
        progress,
        confidence: r.int(1, 5),
        blockers: r.chance(0.3) ? sentence(3, 8) : '',
        note: r.chance(0.7) ? sentence(4, 14) : '',
      });
    }
  }

  // Three 1:1 series with a meeting every cadence, and action items from each.
  const series: Series[] = [
    { ...base(stamp(dayAt(0), 0)), name: 'Manager 1:1', person: 'Sam', cadenceDays: 14 },
    { ...base(stamp(dayAt(0), 0)), name: 'Mentoring', person: 'Priya', cadenceDays: 28 },
    { ...base(stamp(dayAt(365), 0)), name: 'Coach', person: 'Jordan', cadenceDays: 21 },
  ];
  const meetings: Meeting[] = [];
  const actionItems: ActionItem[] = [];
  for (const s of series) {
    for (let day = s === series[2] ? 365 : 3; day < days; day += s.cadenceDays) {
      const date = isoDay(dayAt(day));
      const meeting: Meeting = {
        ...base(stamp(dayAt(day), 540)),
        seriesId: s.id,
        date,
        status: day < days - s.cadenceDays ? 'done' : 'planned',
        agenda: Array.from({ length: r.int(1, 4) }, () => ({
          id: r.uuid(),
          text: sentence(3, 8),
          source: null,
          kind: r.pick(['point', 'topic', 'ask'] as const),
        })),
        privateNotes: r.chance(0.3) ? sentence(4, 10) : '',
        notesEntryId: null,
      };
      meetings.push(meeting);
      for (let a = 0; a < r.int(0, 3); a++) {
        const done = r.chance(0.8);
        actionItems.push({
          ...base(meeting.createdAt),
          text: sentence(3, 8),
          owner: r.chance(0.7) ? 'me' : 'them',
          dueDate: isoDay(dayAt(Math.min(days - 1, day + 14))),
          status: done ? 'done' : r.chance(0.8) ? 'open' : 'dropped',
          objectiveId: r.chance(0.4) ? r.pick(objectives).id : null,
          seriesId: s.id,
          meetingId: meeting.id,
          completedAt: done ? stamp(dayAt(Math.min(days - 1, day + 7)), 800) : null,
        });
      }
    }
  }

  // Entries: spread evenly over the days, a few per day, all kinds, varied lengths.
  const entries: Entry[] = [];
  const meetingByDate = new Map(meetings.map((m) => [m.date, m]));
  const kindWeights: [EntryKind, number][] = [
    ['daily', 40],
    ['note', 15],
    ['win', 12],
    ['reframe', 8],
    ['aar', 6],
    ['feedback', 7],
    ['experiment', 5],
    ['oneOnOne', 4],
    ['review', 3],
  ];
  const totalWeight = kindWeights.reduce((s, [, w]) => s + w, 0);
  const pickKind = (): EntryKind => {
    let n = r.next() * totalWeight;
    for (const [kind, weight] of kindWeights) {
      n -= weight;
      if (n < 0) return kind;
    }
    return 'daily';
  };
  for (let i = 0; i < entryCount; i++) {
    const dayIndex = Math.floor((i / entryCount) * days);
    const day = dayAt(dayIndex);
    const kind = pickKind();
    const created = stamp(day, r.int(360, 1380));
    const date = isoDay(day);
    const meeting = kind === 'oneOnOne' ? meetingByDate.get(date) : undefined;
    // Guided kinds answer their template's prompts (most of them), as people do.
    const answers: Record<string, string> = {};
    for (const prompt of DEFAULT_TEMPLATES[kind]) {
      if (!r.chance(0.85)) continue;
      answers[prompt.id] =
        prompt.id === 'fixed-thought'
          ? `I can't ${r.pick(WORDS)} ${r.pick(WORDS)}.`
          : prompt.id === 'from'
            ? r.pick(['Sam', 'Priya', 'Jordan', 'Alex', 'Kim'])
            : sentence(4, 12);
    }
    const shareable = r.chance(0.25);
    entries.push({
      ...base(created),
      kind,
      date,
      title: r.chance(0.8) ? sentence(1, 5).slice(0, 80) : '',
      body: r.chance(0.1)
        ? paragraph() + '\n\n' + markdownBody() + '\n\n' + markdownBody()
        : markdownBody(),
      answers,
      mood: r.chance(0.7) ? r.int(1, 5) : null,
      energy: r.chance(0.6) ? r.int(1, 5) : null,
      tags: r.chance(0.6) ? [...new Set([r.pick(TAGS), r.pick(TAGS)])].slice(0, r.int(1, 2)) : [],
      objectiveIds: r.chance(0.25) ? [r.pick(objectives).id] : [],
      sharing: shareable ? 'shareable' : 'private',
      shareSummary: shareable && r.chance(0.5) ? sentence(4, 10) : '',
      meetingId: meeting?.id ?? null,
    });
  }

  const selfAssessments: SelfAssessment[] = [];
  for (const skill of SKILLS) {
    let rating = r.int(1, 2);
    for (let day = r.int(0, 60); day < days; day += r.int(60, 120)) {
      rating = Math.max(1, Math.min(5, rating + r.pick([0, 0, 1, -1, 1])));
      selfAssessments.push({
        ...base(stamp(dayAt(day), 600)),
        skill,
        date: isoDay(dayAt(day)),
        rating,
        note: r.chance(0.5) ? sentence(3, 8) : '',
      });
    }
  }

  return {
    entries,
    objectives,
    keyResults,
    activities,
    checkIns,
    actionItems,
    selfAssessments,
    series,
    meetings,
  };
}
