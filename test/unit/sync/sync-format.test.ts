import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonSchemaFor } from '../../../shared/formats/json-schemas';
import { parseSegment } from '../../../shared/sync/engine';
import { isIgnoredFile } from '../../../shared/sync/format';
import { HybridClock, compareStamps, formatHlc, parseHlc } from '../../../shared/sync/hlc';
import { ChaosTransport } from './chaos-transport';
import { FakeTime, Profile, SLOT_IDS, randomKey } from './profiles';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('hybrid logical clock', () => {
  it('stamps compare as strings in the order of (wall, counter)', () => {
    fc.assert(
      fc.property(
        fc.record({ wall: fc.nat(2 ** 46), counter: fc.nat(999_999) }),
        fc.record({ wall: fc.nat(2 ** 46), counter: fc.nat(999_999) }),
        (a, b) => {
          const byFields = a.wall - b.wall || a.counter - b.counter;
          const byText = formatHlc(a).localeCompare(formatHlc(b));
          expect(Math.sign(byText)).toBe(Math.sign(byFields));
          expect(parseHlc(formatHlc(a))).toEqual(a);
        },
      ),
    );
  });

  it('never goes backwards, and orders after every stamp it has received', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(10_000), fc.constant(-1)), { maxLength: 60 }),
        fc.array(fc.nat(2 ** 45), { maxLength: 20 }),
        (clockMoves, remotes) => {
          let now = 1_000_000;
          const clock = new HybridClock(() => now);
          let last = clock.tick();
          for (const [i, move] of clockMoves.entries()) {
            now = move < 0 ? now - 5_000 : now + move; // the wall clock may even step back
            const remote = remotes[i % Math.max(1, remotes.length)];
            let floor = last;
            if (remote !== undefined && i % 3 === 0) {
              const stamp = formatHlc({ wall: remote, counter: 7 });
              clock.receive(stamp);
              if (stamp > floor) floor = stamp;
            }
            const next = clock.tick();
            expect(next > floor).toBe(true);
            last = next;
          }
        },
      ),
    );
  });

  it('breaks a tie of stamps by device id', () => {
    const hlc = formatHlc({ wall: 5, counter: 0 });
    expect(compareStamps({ hlc, deviceId: 'b' }, { hlc, deviceId: 'a' })).toBe(1);
    expect(compareStamps({ hlc, deviceId: 'a' }, { hlc, deviceId: 'a' })).toBe(0);
  });
});

describe('files in the sync folder', () => {
  it('ignores conflict copies, temporary and hidden files', () => {
    for (const name of [
      'devices/x/seg-000001.sync-conflict-20261125-101010-ABCDEFG.jsonl',
      "devices/x/seg-000001 (Ada's conflicted copy 2026-11-25).jsonl",
      'devices/x/.syncthing.seg-000001.jsonl.tmp',
      'devices/x/~seg-000001.jsonl.tmp',
      'devices/x/.seg-000001.jsonl.1234.tmp',
      '.stfolder',
      '.DS_Store',
      'devices/x/seg-000002.jsonl.icloud',
      'devices/x/seg-000002.jsonl.part',
    ]) {
      expect(isIgnoredFile(name), name).toBe(true);
    }
    for (const name of [
      'grove-sync.json',
      'devices/x/seg-000001.jsonl',
      'devices/x/copy of seg.jsonl',
    ]) {
      expect(isIgnoredFile(name), name).toBe(false);
    }
  });

  it('a segment cut anywhere reads as its complete lines only ("not yet arrived")', () => {
    const header = JSON.stringify({
      format: 'grove.sync-segment',
      version: 1,
      deviceId: SLOT_IDS[0],
      kind: 'log',
      segment: 1,
      createdAt: '2026-11-25T09:00:00.000Z',
    });
    const line = (p: number) => JSON.stringify({ p, iv: 'AAAAAAAAAAAAAAAA', data: 'QUJD' });
    const text = `${header}\n${line(0)}\n${line(1)}\n${JSON.stringify({ sealed: true, count: 2 })}\n`;
    fc.assert(
      fc.property(fc.nat(text.length), (cut) => {
        const parsed = parseSegment(text.slice(0, cut));
        const complete = text.slice(0, cut).split('\n').length - 1;
        if (complete === 0) {
          expect(parsed).toBeNull();
          return;
        }
        expect(parsed!.lines.length).toBe(Math.min(2, complete - 1));
        expect(parsed!.sealed).toBe(complete === 4);
        expect(text.slice(0, parsed!.completeLength).endsWith('\n')).toBe(true);
      }),
    );
  });

  it('every file Grove writes validates against its published JSON Schema', async () => {
    const transport = await ChaosTransport.create(1);
    const profile = new Profile(0, transport.folderFor(0), new FakeTime());
    cleanups.push(async () => {
      await profile.dispose();
      await transport.dispose();
    });
    await profile.setUp(randomKey(), { segmentMaxChanges: 2, compactAfter: 1 });
    // Enough edits that most of the log is superseded, so a snapshot is written.
    for (let round = 0; round < 3; round++) {
      for (const id of SLOT_IDS) await profile.writeEntry(id, { body: `${id} ${round}` });
      await profile.sync();
    }

    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
    const check = (file: Parameters<typeof jsonSchemaFor>[0], doc: unknown, where: string) => {
      const validate = compiled.get(file) ?? ajv.compile(jsonSchemaFor(file));
      compiled.set(file, validate);
      expect(validate(doc), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    };
    const files = await profile.folder.list();
    expect(files.some((f) => f.includes('/snap-'))).toBe(true);
    for (const f of files) {
      const text = (await profile.folder.read(f))!;
      if (f === 'grove-sync.json') check('grove.sync.v1.schema.json', JSON.parse(text), f);
      else if (f === 'keys.json') check('grove.sync-keys.v1.schema.json', JSON.parse(text), f);
      else if (f.endsWith('/device.json'))
        check('grove.sync-device.v1.schema.json', JSON.parse(text), f);
      else {
        for (const [i, line] of text.trimEnd().split('\n').entries()) {
          check('grove.sync-segment-line.v1.schema.json', JSON.parse(line), `${f}:${i}`);
        }
      }
    }
  });
});
