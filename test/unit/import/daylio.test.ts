import { describe, expect, it } from 'vitest';
import { parseImportFiles } from '../../../shared/formats/import/detect';
import { parseDaylio, parseDaylioTime } from '../../../shared/formats/import/daylio';
import { file } from './fixtures';

/*
 * Daylio's CSV export (More › Export entries › CSV), from these public sources:
 * - MichaelCurrin/daylio-csv-parser `docs/csv-format.md` and `dayliopy/sample.csv`: the header
 *   `full_date,date,weekday,time,mood,activities,note_title,note`, newest row first, `time` as
 *   `10:00 pm`, mood labels with stray spaces (`sad `), activities joined by ` | ` with stray
 *   spaces, empty notes as `""`.
 * - The same project's `docs/usage.md`: older exports have no `note_title` column; moods are the
 *   five defaults (rad, good, meh, bad, awful) or the person's own labels.
 * - staticf0x/daylio-parser (README): custom moods; notes carry HTML such as `<br>`.
 */
const HEADER = 'full_date,date,weekday,time,mood,activities,note_title,note';
const SAMPLE = [
  HEADER,
  '2021-09-28,28 September,Tuesday,10:00 pm,sad ,"clean | music | movies / tv | bad sleep ",,""',
  '2021-09-27,27 September,Monday,9:05 am,rad,"cook  | relax","A good day","Walked by the sea.<br>Then <b>cooked</b> &amp; read.<br/><script>alert(1)</script>"',
  '2021-09-26,26 September,Sunday,23:15,meh,"","",""',
].join('\n');

describe('Daylio CSV', () => {
  it('reads dates, times, moods, activities as tags, note titles and notes', () => {
    const { entries, moodLabels, warnings } = parseDaylio(SAMPLE, 'daylio_export.csv');
    expect(warnings).toEqual([]);
    expect(entries.map((e) => [e.date, e.moodLabel, e.tags, e.title])).toEqual([
      ['2021-09-28', 'sad', ['clean', 'music', 'movies / tv', 'bad sleep'], ''],
      ['2021-09-27', 'rad', ['cook', 'relax'], 'A good day'],
      ['2021-09-26', 'meh', [], ''],
    ]);
    // <br> becomes a line break, <b> bold; every other tag is dropped, its text kept inert.
    expect(entries[1]!.body).toBe('Walked by the sea.\nThen **cooked** & read.\nalert(1)');
    expect(new Date(entries[1]!.createdAt!).getHours()).toBe(9);
    expect(new Date(entries[0]!.createdAt!).getHours()).toBe(22);
    // Defaults first, best to worst, then the person's own labels.
    expect(moodLabels.map((m) => m.label)).toEqual(['rad', 'meh', 'sad']);
  });

  it('parses 12- and 24-hour times and refuses what is not a time', () => {
    expect(parseDaylioTime('12:00 am')).toBe(0);
    expect(parseDaylioTime('12:30 PM')).toBe(12 * 60 + 30);
    expect(parseDaylioTime('22:05')).toBe(22 * 60 + 5);
    expect(parseDaylioTime('13:00 pm')).toBeNull();
    expect(parseDaylioTime('25:00')).toBeNull();
    expect(parseDaylioTime('noon')).toBeNull();
  });

  it('gives every row a stable source, different for two rows at the same minute', () => {
    const twice = [
      HEADER,
      '2021-09-26,26 September,Sunday,23:15,meh,"","",""',
      '2021-09-26,26 September,Sunday,23:15,meh,"","",""',
    ].join('\n');
    const a = parseDaylio(twice, 'x.csv').entries.map((e) => e.source);
    const b = parseDaylio(twice, 'renamed.csv').entries.map((e) => e.source);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(2);
  });

  it('reads an older export without note_title', () => {
    const old =
      'full_date,date,weekday,time,mood,activities,note\n2018-05-18,18 May,Friday,11:54 pm,happy,"clean | cook","Went to a party"';
    const { entries } = parseDaylio(old, 'old.csv');
    expect(entries[0]).toMatchObject({
      date: '2018-05-18',
      moodLabel: 'happy',
      body: 'Went to a party',
    });
  });

  it('lists rows whose date or time does not parse, with the line, and imports the rest', () => {
    const bad = [
      HEADER,
      '2021-02-30,30 February,?,10:00 pm,rad,"","",""',
      'yesterday,?,?,10:00 pm,rad,"","",""',
      '2021-03-01,1 March,Monday,later,rad,"","",""',
      '2021-03-02,2 March,Tuesday,8:00 am,good,"","","ok"',
    ].join('\n');
    const { entries, warnings } = parseDaylio(bad, 'export.csv');
    expect(entries).toHaveLength(1);
    expect(warnings).toEqual([
      {
        where: 'export.csv › line 2',
        message: 'skipped: full_date "2021-02-30" is not a date (YYYY-MM-DD)',
      },
      {
        where: 'export.csv › line 3',
        message: 'skipped: full_date "yesterday" is not a date (YYYY-MM-DD)',
      },
      { where: 'export.csv › line 4', message: 'skipped: time "later" is not a time' },
    ]);
  });

  it('refuses a CSV missing columns, naming them', () => {
    expect(() =>
      parseImportFiles([file('export.csv', 'full_date,time,mood\n2021-01-01,10:00,rad')]),
    ).toThrow(
      'export.csv is missing the columns "activities", "note" of a Daylio export (its header row has: full_date, time, mood). Nothing was imported.',
    );
  });

  it('refuses a file where no row has a date that parses', () => {
    expect(() =>
      parseImportFiles([file('export.csv', `${HEADER}\nsoon,?,?,10:00 pm,rad,"","",""`)]),
    ).toThrow(
      /No entry could be read\. export\.csv › line 2: skipped: full_date "soon" is not a date/,
    );
  });
});
