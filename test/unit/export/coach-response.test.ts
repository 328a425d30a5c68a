import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
// @ts-expect-error -- jsdom ships no types (and @types/jsdom is not a dependency); typed below
import { JSDOM as UntypedJSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { importBackupText } from '../../../renderer/src/db/repo/backup';
import { buildCoachSummary } from '../../../renderer/src/db/repo/coachExport';
import {
  importCoachFeedback,
  previewCoachResponse,
  recordExportedSummary,
} from '../../../renderer/src/db/repo/coachResponses';
import { trashObjective } from '../../../renderer/src/db/repo/objectives';
import { entriesInPeriod } from '../../../renderer/src/db/repo/oneOnOneQueries';
import { saveSetting } from '../../../renderer/src/db/repo/settings';
import { assembleDigest } from '../../../shared/domain/oneonones/digest';
import { ENTRY_KINDS } from '../../../shared/domain/records';
import { buildCoachResponse, type CoachResponse } from '../../../shared/formats/coach-response';
import { RESPONSE_SCRIPT, coachSummaryWebPage } from '../../../shared/formats/coach-response-page';
import type { CoachSummary } from '../../../shared/formats/coach-summary';
import { readCoachResponse } from '../../../shared/formats/read-coach-response';
import { coachSummaryHash, sha256Base64, uuidFromName } from '../../../shared/formats/summary-hash';
import { resetDatabase, snapshotDatabase } from '../../support/db';

/** The small part of jsdom used here: a page whose scripts run, as in a coach's browser. */
const JSDOM = UntypedJSDOM as new (
  html: string,
  options: {
    url: string;
    runScripts: 'dangerously';
    beforeParse: (window: Window & typeof globalThis) => void;
  },
) => { window: Window & typeof globalThis };

const ROOT = path.join(import.meta.dirname, '../../..');
const OBJECTIVE = '6f1c2f43-8a51-4c1e-9d51-0d8a4b7e2c11';
const SHARED_ENTRY = '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7';
const RESPONSE_ID = '0b7f5a52-1c1e-4a57-9d0e-3b9a1c2d4e5f';
const HOSTILE = '</script><script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

const selection = {
  from: '2026-10-01',
  to: '2026-10-31',
  entryKinds: [...ENTRY_KINDS],
  objectiveIds: [OBJECTIVE],
  includeActionItems: true,
};

let summary: CoachSummary;
let hash: string;

beforeEach(async () => {
  await resetDatabase();
  await importBackupText(
    readFileSync(path.join(ROOT, 'test/fixtures/backups/v1.json'), 'utf8'),
    'restore',
  );
  summary = await buildCoachSummary(selection, { now: '2026-11-01T09:00:00.000Z' });
  hash = await recordExportedSummary(summary, '2026-11-01T09:00:01.000Z');
});

function responseTo(s: CoachSummary, h: string, overrides: Partial<CoachResponse> = {}) {
  return {
    ...buildCoachResponse(
      {
        responseId: RESPONSE_ID,
        responder: 'Dana Coach',
        overallNote: 'Good quarter.',
        comments: {
          [`objective:${OBJECTIVE}`]: { mark: 'try-this', text: 'Pair with a senior speaker.' },
          [`entry:${SHARED_ENTRY}`]: { mark: 'keep-doing', text: 'Great first talk!' },
        },
      },
      {
        hash: h,
        owner: { name: s.owner.name },
        period: s.period,
        generatedAt: s.generatedAt,
      },
      '2026-11-03T18:30:00.000Z',
    ),
    ...overrides,
  };
}

const text = (value: unknown) => JSON.stringify(value);

describe('grove.coach-response format', () => {
  it('reads a valid response, and the published JSON Schema accepts it', () => {
    const response = responseTo(summary, hash);
    expect(readCoachResponse(text(response))).toEqual(response);
    const schema = JSON.parse(
      readFileSync(path.join(ROOT, 'shared/schemas/grove.coach-response.v1.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(response), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['empty', '', /empty/],
    ['truncated', '{"format":"grove.coach-response","version":1,"respo', /cut short|truncated/],
    ['not JSON', 'hello coach', /not JSON/],
    ['a backup', text({ format: 'grove.backup', version: 1 }), /full Grove backup/],
    [
      'a summary',
      text({ format: 'grove.coach-summary', version: 1 }),
      /coach summary, not a response/,
    ],
    ['no format', text({ hello: 1 }), /no "format"/],
  ])('refuses %s with a clear message', (_name, input, message) => {
    expect(() => readCoachResponse(input)).toThrow(message);
  });

  it('refuses a future version, a bad hash, a missing name, duplicates and impossible dates', () => {
    const ok = responseTo(summary, hash);
    const cases: [unknown, RegExp][] = [
      [{ ...ok, version: 2 }, /newer version of Grove \(format version 2\)/],
      [{ ...ok, summary: { ...ok.summary, hash: 'md5:abc' } }, /summary\.hash/],
      [{ ...ok, responder: { name: '  ' } }, /responder\.name: needs the name/],
      [{ ...ok, comments: [ok.comments[0], ok.comments[0]] }, /comments\[1\]\.about: is a second/],
      [{ ...ok, respondedAt: '2026-02-30T10:00:00.000Z' }, /respondedAt/],
      [{ ...ok, comments: [{ ...ok.comments[0], mark: 'do-it' }] }, /comments\[0\]\.mark/],
      [{ ...ok, comments: [{ ...ok.comments[0], mark: null, text: ' ' }] }, /needs a comment/],
      [{ ...ok, extra: true }, /problem/],
    ];
    for (const [input, message] of cases)
      expect(() => readCoachResponse(text(input))).toThrow(message);
  });
});

describe('the summary web page with its response form', () => {
  it('allows exactly its one script and style sheet, by the hashes of their exact text, and loads nothing', async () => {
    const html = await coachSummaryWebPage(summary);
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toBe(RESPONSE_SCRIPT);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${await sha256Base64(scripts[0]![1]!)}'`);
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)];
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`style-src 'sha256-${await sha256Base64(styles[0]![1]!)}'`);
    expect(csp).not.toContain('unsafe');
    expect(html).not.toMatch(/\sstyle=/);
    // Nothing remote: no URLs, no external resources of any kind.
    expect(html).not.toMatch(/\b(src|href)=|https?:|\/\/[a-z]|@import|<link|<iframe|<img|<object/i);
    expect(html).not.toMatch(/url\(/); // CSS; the script's URL.createObjectURL is fine
  });

  it('keeps hostile journal text as escaped text, in the page and in its data attributes', async () => {
    await db.entries.update(SHARED_ENTRY, { title: HOSTILE });
    await saveSetting('name', HOSTILE);
    const hostile = await buildCoachSummary(selection);
    const html = await coachSummaryWebPage(hostile);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-owner="&lt;/script&gt;');
  });

  it("its script saves a response Grove reads and takes in (run in jsdom, as a coach's browser)", async () => {
    const html = await coachSummaryWebPage(summary);
    let saved: Blob | null = null;
    const dom = new JSDOM(html, {
      url: 'https://coach.invalid/summary.html',
      runScripts: 'dangerously',
      beforeParse(window: Window & typeof globalThis) {
        window.URL.createObjectURL = (blob: Blob) => ((saved = blob), 'blob:response');
        window.URL.revokeObjectURL = () => undefined;
        window.HTMLAnchorElement.prototype.click = () => undefined;
      },
    });
    const { document } = dom.window;
    const type = (selector: string, value: string) => {
      const field = document.querySelector<HTMLInputElement>(selector)!;
      field.value = value;
      field.dispatchEvent(new dom.window.Event('input'));
    };
    expect(document.querySelector<HTMLElement>('#grove-respond')!.hidden).toBe(false);
    type(`[data-respond="objective:${OBJECTIVE}:text"]`, HOSTILE);
    type(`[data-respond="objective:${OBJECTIVE}:mark"]`, 'question');
    type(`[data-respond="entry:${SHARED_ENTRY}:text"]`, 'Keep it up');
    document.getElementById('grove-respond-save')!.click();
    expect(saved).toBeNull();
    expect(document.getElementById('grove-respond-status')!.textContent).toMatch(/Add your name/);

    type('[data-respond="responder"]', 'Dana Coach');
    document.getElementById('grove-respond-save')!.click();
    expect(saved).not.toBeNull();
    const response = readCoachResponse(await saved!.text());
    expect(response.summary.hash).toBe(hash);
    expect(response.comments).toEqual([
      { about: { type: 'objective', id: OBJECTIVE }, mark: 'question', text: HOSTILE },
      { about: { type: 'entry', id: SHARED_ENTRY }, mark: null, text: 'Keep it up' },
    ]);
    // The draft is kept in the browser's storage, keyed to this summary.
    const draft = JSON.parse(
      dom.window.localStorage.getItem(`grove.coach-response.draft:${hash}`)!,
    ) as {
      responseId: string;
    };
    expect(draft.responseId).toBe(response.responseId);
    const preview = await previewCoachResponse(response);
    expect(preview.items.map((i) => i.about.type)).toEqual(['objective', 'entry']);
  });
});

describe('taking a response in', () => {
  it('hashes a summary canonically: the same snapshot, pretty or not, has one hash', async () => {
    const reordered = Object.fromEntries(Object.entries(summary).reverse()) as CoachSummary;
    expect(Object.keys(reordered)).not.toEqual(Object.keys(summary));
    expect(await coachSummaryHash(reordered)).toBe(hash);
    expect(
      await coachSummaryHash(JSON.parse(JSON.stringify(summary, null, 2)) as CoachSummary),
    ).toBe(hash);
    expect(
      await coachSummaryHash({ ...summary, generatedAt: '2026-11-01T09:00:02.000Z' }),
    ).not.toBe(hash);
  });

  it('maps each comment to a private "Feedback received" entry: from the coach, linked, marked', async () => {
    const response = responseTo(summary, hash);
    const { items } = await previewCoachResponse(response, { today: '2026-11-04' });
    expect(items.map((i) => i.key)).toEqual([
      'overall',
      `objective:${OBJECTIVE}`,
      `entry:${SHARED_ENTRY}`,
    ]);
    const result = await importCoachFeedback(
      response,
      items.map((i) => i.key),
      { today: '2026-11-04' },
    );
    expect(result.added).toHaveLength(3);
    const objectiveFeedback = await db.entries.get(result.added[1]!.id);
    expect(objectiveFeedback).toMatchObject({
      kind: 'feedback',
      date: '2026-11-04',
      title: 'Coach feedback: Speak at two internal meetups',
      sharing: 'private',
      objectiveIds: [OBJECTIVE],
      tags: ['coach', 'try-this'],
      answers: { from: 'Dana Coach', said: 'Pair with a senior speaker.' },
    });
    expect(objectiveFeedback!.answers['context']).toMatch(/Marked: Try this\./);
    // A comment on a shared entry is linked to that entry's objectives.
    expect(await db.entries.get(result.added[2]!.id)).toMatchObject({
      title: 'Coach feedback on “First meetup talk”',
      objectiveIds: [OBJECTIVE],
      tags: ['coach', 'keep-doing'],
    });
    expect(result.added[0]).toMatchObject({ objectiveIds: [], tags: ['coach'] });
  });

  it('importing the same response twice adds nothing; a re-saved draft adds only new comments', async () => {
    const response = responseTo(summary, hash);
    const keys = [`objective:${OBJECTIVE}`];
    expect((await importCoachFeedback(response, keys)).added).toHaveLength(1);
    const before = await db.entries.count();
    const again = await importCoachFeedback(response, keys);
    expect(again).toMatchObject({ added: [], alreadyThere: 1 });
    expect(await db.entries.count()).toBe(before);
    const { items } = await previewCoachResponse(response);
    expect(items.find((i) => i.key === keys[0])!.alreadyImported).toBe(true);
    // The same comment id is derived from the response id and what it is about, nothing else.
    expect(items.find((i) => i.key === keys[0])!.entry.id).toBe(
      await uuidFromName(`grove.coach-response:${RESPONSE_ID}:${keys[0]}`),
    );
    expect((await importCoachFeedback(response, [`entry:${SHARED_ENTRY}`])).added).toHaveLength(1);
  });

  it('property: importing any sequence of choices adds each comment exactly once', async () => {
    const response = responseTo(summary, hash);
    const keys = ['overall', `objective:${OBJECTIVE}`, `entry:${SHARED_ENTRY}`];
    const baseline = await snapshotDatabase();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.subarray(keys), { minLength: 1, maxLength: 4 }),
        async (rounds) => {
          await db.transaction('rw', db.tables, async () => {
            for (const table of db.tables) {
              await table.clear();
              await table.bulkAdd(baseline[table.name] as never[]);
            }
          });
          const before = await db.entries.count();
          for (const chosen of rounds) await importCoachFeedback(response, chosen);
          expect(await db.entries.count()).toBe(before + new Set(rounds.flat()).size);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('imports a comment on an objective no longer there unlinked, with a note saying so', async () => {
    await trashObjective(OBJECTIVE);
    const response = responseTo(summary, hash);
    const { items } = await previewCoachResponse(response);
    const item = items.find((i) => i.key === `objective:${OBJECTIVE}`)!;
    expect(item.note).toMatch(/“Speak at two internal meetups” is no longer in your journal/);
    const { added } = await importCoachFeedback(response, [item.key]);
    expect(added[0]!.objectiveIds).toEqual([]);
    expect(added[0]!.answers['context']).toMatch(/not linked to an objective/);
  });

  it('shows imported coach feedback in the next 1:1 digest', async () => {
    const response = responseTo(summary, hash);
    const { added } = await importCoachFeedback(
      response,
      [`objective:${OBJECTIVE}`, `entry:${SHARED_ENTRY}`],
      { today: '2026-11-04' },
    );
    const period = { from: '2026-11-01', to: '2026-11-10' };
    const digest = assembleDigest({
      period,
      entries: await entriesInPeriod(period),
      checkIns: [],
      checkInsBefore: new Map(),
      latestCheckIns: new Map(),
      objectives: [],
      actionItems: [],
      today: '2026-11-10',
      staleAfterDays: 30,
    });
    expect(digest.sections.feedback.map((p) => p.source.id).sort()).toEqual(
      added.map((e) => e.id).sort(),
    );
  });

  it.each<[string, (r: CoachResponse) => Promise<unknown> | unknown, RegExp]>([
    [
      "someone else's summary",
      async () => {
        const theirs = { ...summary, owner: { name: 'Alex Other' } };
        return responseTo(theirs, await coachSummaryHash(theirs));
      },
      /a summary of “Alex Other”, not yours \(“Sam Rivera”\)/,
    ],
    [
      'a hash that does not match the saved summary',
      (r) => ({ ...r, summary: { ...r.summary, hash: `sha256:${'0'.repeat(64)}` } }),
      /hash does not match the summary you saved/,
    ],
    [
      'a summary never saved here',
      async () => {
        const other = { ...summary, generatedAt: '2026-10-01T09:00:00.000Z' };
        return responseTo(other, await coachSummaryHash(other));
      },
      /not saved from this journal/,
    ],
    [
      'details changed beside a real hash',
      (r) => ({
        ...r,
        summary: { ...r.summary, period: { from: '2026-09-01', to: '2026-10-31' } },
      }),
      /file was changed/,
    ],
    [
      'a comment about something not in the summary',
      (r) => ({
        ...r,
        comments: [{ about: { type: 'objective', id: SHARED_ENTRY }, mark: null, text: 'x' }],
      }),
      /comments\[0\] is about an objective that was not in the summary/,
    ],
  ])('refuses %s: clear message, database unchanged', async (_name, make, message) => {
    const bad = (await make(responseTo(summary, hash))) as CoachResponse;
    const response = readCoachResponse(text(bad));
    const before = await snapshotDatabase();
    await expect(previewCoachResponse(response)).rejects.toThrow(message);
    await expect(importCoachFeedback(response, [])).rejects.toThrow(message);
    await expect(previewCoachResponse(response)).rejects.toThrow(/Nothing was changed/);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('hostile text from a coach is stored as plain text in the answers, never as markup', async () => {
    const response = responseTo(summary, hash, { responder: { name: HOSTILE } });
    const { added } = await importCoachFeedback(response, [`objective:${OBJECTIVE}`]);
    expect(added[0]!.answers['from']).toBe(HOSTILE);
    expect(added[0]!.body).toBe('');
  });
});
