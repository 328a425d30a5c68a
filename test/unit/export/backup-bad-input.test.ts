import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { createBackupText, importBackupText } from '../../../renderer/src/db/repo/backup';
import { saveEntry, newEntry } from '../../../renderer/src/db/repo/entries';
import { saveSetting } from '../../../renderer/src/db/repo/settings';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { BACKUP_VERSION, readBackup, upgradeBackupDocument } from '../../../shared/formats/backup';
import { FormatError } from '../../../shared/formats/problems';
import { readCoachSummary } from '../../../shared/formats/read-coach-summary';
import { resetDatabase, snapshotDatabase } from '../../support/db';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/backups');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON
type Doc = Record<string, any>;
const valid = () => JSON.parse(fixture('v1.json')) as Doc;

beforeEach(async () => {
  await resetDatabase();
  await saveSetting('name', 'Current Owner');
  await saveEntry({ ...newEntry('note', '2026-11-01'), title: 'Already here', body: 'keep me' });
});

const coachSummaryText = JSON.stringify({
  format: 'grove.coach-summary',
  version: 1,
  generatedAt: '2026-11-22T10:00:00.000Z',
});

const mutate = (change: (doc: Doc) => void) => {
  const doc = valid();
  change(doc);
  return JSON.stringify(doc);
};

const BAD_INPUTS: [string, string, RegExp][] = [
  ['not JSON', 'Dear diary, today I…', /not JSON/],
  ['truncated JSON', fixture('v1.json').slice(0, 900), /cut short \(truncated JSON\)/],
  ['truncated mid-string', fixture('v1.json').slice(0, 1234), /truncated JSON/],
  ['an empty file', '', /file is empty/],
  ['a file of only spaces', '  \n ', /file is empty/],
  ['a coach summary', coachSummaryText, /coach summary, not a backup/],
  ['a JSON array', '[1,2,3]', /not a Grove backup.*no "format"/],
  ['another app’s JSON', '{"format":"acme.notes","version":1}', /format is "acme\.notes"/],
  [
    'a newer format version',
    mutate((d) => (d.version = BACKUP_VERSION + 1)),
    new RegExp(`newer version of Grove \\(format version ${BACKUP_VERSION + 1}\\)`),
  ],
  ['a version that is not a number', mutate((d) => (d.version = 'one')), /no valid format version/],
  [
    'a wrong type',
    mutate((d) => (d.tables.entries[0].mood = 'happy')),
    /tables\.entries\[0\]\.mood/,
  ],
  ['a missing field', mutate((d) => delete d.tables.entries[1].body), /tables\.entries\[1\]\.body/],
  ['a missing table', mutate((d) => delete d.tables.checkIns), /tables\.checkIns/],
  [
    'an unknown field',
    mutate((d) => (d.tables.objectives[0].secret = 1)),
    /tables\.objectives\[0\]/,
  ],
  [
    'duplicate ids',
    mutate((d) => d.tables.entries.push({ ...d.tables.entries[0] })),
    /appears twice \(duplicate ids\)/,
  ],
  [
    'duplicate setting keys',
    mutate((d) => d.tables.settings.push({ ...d.tables.settings[0] })),
    /key name appears twice/,
  ],
  [
    'a date that does not parse',
    mutate((d) => (d.tables.entries[0].date = '2026-02-30')),
    /tables\.entries\[0\]\.date: must be a calendar date/,
  ],
  [
    'a date-time that does not parse',
    mutate((d) => (d.tables.entries[0].updatedAt = 'yesterday')),
    /tables\.entries\[0\]\.updatedAt/,
  ],
  [
    'an impossible date-time',
    mutate((d) => (d.tables.checkIns[0].createdAt = '2026-02-30T10:00:00Z')),
    /tables\.checkIns\[0\]\.createdAt/,
  ],
  ['a bad setting value', mutate((d) => (d.tables.settings[1].value = 3)), /setting "weekStart"/],
];

describe('bad backup files are refused with a clear message and change nothing', () => {
  for (const mode of ['restore', 'merge'] as const) {
    it.each(BAD_INPUTS)(`${mode}: %s`, async (_name, text, message) => {
      const before = await snapshotDatabase();
      const attempt = importBackupText(text, mode);
      await expect(attempt).rejects.toBeInstanceOf(FormatError);
      await expect(attempt).rejects.toThrow(message);
      expect(await snapshotDatabase()).toEqual(before);
    });
  }

  it('a failure inside the write rolls the whole restore back', async () => {
    const before = await snapshotDatabase();
    const { backup } = readBackup(fixture('v1.json'));
    // A record that passed validation but IndexedDB cannot store (no primary key) fails mid-write.
    (backup.tables.entries as unknown[]).push({ title: 'no id' });
    const { restoreBackup } = await import('../../../renderer/src/db/repo/backup');
    await expect(restoreBackup(backup)).rejects.toThrow();
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('files over the size limit are refused before reading (a 200 MB file is over it)', () => {
    expect(200 * 1024 * 1024).toBeGreaterThan(MAX_FILE_BYTES);
  });

  it('<script> and control characters are kept as text, exactly', async () => {
    await importBackupText(fixture('v1.json'), 'restore');
    const trashed = await db.entries.get('5a6b7c8d-9e0f-4a1b-8c2d-e3f4a5b6c7d8');
    expect(trashed?.title).toBe('In the trash <script>alert(1)</script>');
    expect(trashed?.body).toBe('control \u0007 characters');
  });

  it('a backup given to "open a coach summary" is refused with a message saying what it is', () => {
    expect(() => readCoachSummary(fixture('v1.json'))).toThrow(
      /full Grove backup, not a coach summary/,
    );
  });
});

describe('format versions', () => {
  it('every fixture of every earlier format version imports', async () => {
    const files = readdirSync(FIXTURES).filter((f) => /^v\d+\.json$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(BACKUP_VERSION);
    for (const file of files) {
      await resetDatabase();
      await importBackupText(fixture(file), 'restore');
      expect(await db.entries.count()).toBeGreaterThan(0);
      const again = readBackup(await createBackupText());
      expect(again.backup.version).toBe(BACKUP_VERSION);
    }
  });

  it('the upgrade chain runs every step from an old version to the latest', () => {
    const upgrades = {
      1: (d: Record<string, unknown>) => ({ ...d, version: 2, steps: ['1→2'] }),
      2: (d: Record<string, unknown>) => ({
        ...d,
        version: 3,
        steps: [...(d['steps'] as string[]), '2→3'],
      }),
    };
    expect(upgradeBackupDocument({ version: 1 }, upgrades, 3)).toEqual({
      version: 3,
      steps: ['1→2', '2→3'],
    });
    expect(() => upgradeBackupDocument({ version: 1 }, {}, 2)).toThrow(/can no longer read/);
  });

  it('a backup reports odd references as warnings, not refusals', () => {
    const text = mutate(
      (d) => (d.tables.checkIns[0].objectiveId = '00000000-0000-4000-8000-000000000000'),
    );
    expect(readBackup(text).warnings[0]).toMatch(/1 record point to an objective/);
  });
});
