import { describe, expect, it, vi } from 'vitest';
import {
  dispatchIpc,
  registerIpcHandlers,
  type IpcHandlers,
  type SenderInfo,
} from '../../../electron/main/ipc';
import { IPC } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/util/result';

const ORIGINS = ['app://grove'];

function sender(url: string, options: { subframe?: boolean } = {}): SenderInfo {
  const mainFrame = { url, parent: null };
  const frame = options.subframe ? { url, parent: mainFrame } : mainFrame;
  return { senderFrame: frame, sender: { mainFrame } } as unknown as SenderInfo;
}

function handlers() {
  return {
    'grove:app:info': vi.fn(() =>
      ok({
        name: 'Grove',
        version: '1',
        platform: 'desktop' as const,
        os: 'linux',
        dataPath: '/d',
      }),
    ),
    'grove:file:save': vi.fn(async () => ok({ saved: false as const })),
    'grove:file:open': vi.fn(async () => ok({ opened: false as const })),
    // Automatic backups
    'grove:backup:write': vi.fn(async () => ok({ fileName: 'b.json', removed: [] })),
    'grove:backup:list': vi.fn(async () => ok([])),
    'grove:backup:read': vi.fn(async () => ok({ fileName: 'b.json', content: '{}' })),
    'grove:backup:reveal': vi.fn(async () => ok({ revealed: true })),
    'grove:reminder:set': vi.fn(() => ok({ nextAt: null })),
    // Import from other apps
    'grove:file:open-many': vi.fn(async () => ok({ opened: false as const })),
    // Sync through a folder
    'grove:sync:choose': vi.fn(async () => ok({ chosen: false as const })),
    'grove:sync:status': vi.fn(async () => ok({ folder: null })),
    'grove:sync:forget': vi.fn(async () => ok({ folder: null })),
    'grove:sync:list': vi.fn(async () => ok([])),
    'grove:sync:read': vi.fn(async () => ok(null)),
    'grove:sync:write': vi.fn(async () => ok({ written: true as const })),
    'grove:sync:remove': vi.fn(async () => ok({ removed: true })),
  } satisfies IpcHandlers;
}

const validSave = {
  suggestedName: 'summary.json',
  content: '{}',
  filters: [{ name: 'JSON', extensions: ['json'] }],
};

describe('IPC dispatch', () => {
  it('runs the handler for the app’s own top-level page with a valid payload', async () => {
    const h = handlers();
    const logger = { warn: vi.fn() };
    const result = await dispatchIpc(
      IPC.saveFile,
      sender('app://grove/index.html'),
      [validSave],
      h,
      ORIGINS,
      logger,
    );
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(h['grove:file:save']).toHaveBeenCalledWith(validSave);
  });

  it.each([
    ['a foreign page', sender('https://evil.example/')],
    ['a file page', sender('file:///tmp/x.html')],
    ['a subframe of the app', sender('app://grove/index.html', { subframe: true })],
    [
      'no frame at all',
      { senderFrame: null, sender: { mainFrame: null } } as unknown as SenderInfo,
    ],
  ])('refuses %s and logs it', async (_label, from) => {
    const h = handlers();
    const logger = { warn: vi.fn() };
    const result = await dispatchIpc(IPC.appInfo, from, [], h, ORIGINS, logger);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-sender' } });
    expect(h['grove:app:info']).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalled();
  });

  it.each([
    ['a missing argument', []],
    ['a path instead of a file name', [{ ...validSave, suggestedName: '../../.bashrc' }]],
    ['an absolute path', [{ ...validSave, suggestedName: '/etc/passwd' }]],
    ['an extra field', [{ ...validSave, path: '/tmp/x' }]],
    ['a wrong type', [{ ...validSave, content: 42 }]],
    ['a hostile filter', [{ ...validSave, filters: [{ name: 'x', extensions: ['*'] }] }]],
  ])('refuses %s without calling the handler', async (_label, args) => {
    const h = handlers();
    const logger = { warn: vi.fn() };
    const result = await dispatchIpc(
      IPC.saveFile,
      sender('app://grove/'),
      args,
      h,
      ORIGINS,
      logger,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(h['grove:file:save']).not.toHaveBeenCalled();
  });

  it.each([
    ['a time that is not HH:MM', [{ time: '8:30' }]],
    ['an impossible time', [{ time: '24:00' }]],
    ['a number', [{ time: 830 }]],
    ['a missing field', [{}]],
    ['an extra field', [{ time: '08:30', command: 'rm -rf' }]],
    ['two arguments', [{ time: '08:30' }, { time: '09:00' }]],
  ])('refuses a reminder with %s', async (_label, args) => {
    const h = handlers();
    const logger = { warn: vi.fn() };
    const result = await dispatchIpc(
      IPC.setReminder,
      sender('app://grove/'),
      args,
      h,
      ORIGINS,
      logger,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(h['grove:reminder:set']).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/grove:reminder:set/));
  });

  it('accepts a reminder time, or null to turn it off', async () => {
    const h = handlers();
    for (const time of ['08:30', null]) {
      const result = await dispatchIpc(
        IPC.setReminder,
        sender('app://grove/index.html'),
        [{ time }],
        h,
        ORIGINS,
        { warn: vi.fn() },
      );
      expect(result).toEqual({ ok: true, value: { nextAt: null } });
      expect(h['grove:reminder:set']).toHaveBeenLastCalledWith({ time });
    }
  });

  it('refuses a reminder from a foreign frame', async () => {
    const h = handlers();
    const logger = { warn: vi.fn() };
    const result = await dispatchIpc(
      IPC.setReminder,
      sender('app://grove/index.html', { subframe: true }),
      [{ time: '08:30' }],
      h,
      ORIGINS,
      logger,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-sender' } });
    expect(h['grove:reminder:set']).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalled();
  });

  it('refuses an unknown channel', async () => {
    const logger = { warn: vi.fn() };
    const result = await dispatchIpc(
      'grove:shell:exec' as typeof IPC.appInfo,
      sender('app://grove/'),
      [],
      handlers(),
      ORIGINS,
      logger,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/unknown channel/));
  });

  it('does not treat the main → renderer menu event as a request channel', async () => {
    const logger = { warn: vi.fn() };
    const result = await dispatchIpc(
      'grove:menu:command' as typeof IPC.appInfo,
      sender('app://grove/'),
      ['go:today'],
      handlers(),
      ORIGINS,
      logger,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('turns a throwing handler into an error envelope', async () => {
    const h = handlers();
    h['grove:app:info'].mockImplementation(() => {
      throw new Error('boom');
    });
    const result = await dispatchIpc(IPC.appInfo, sender('app://grove/'), [], h, ORIGINS, {
      warn: vi.fn(),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('registers exactly the contract’s channels', () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, handlers(), ORIGINS, { warn: vi.fn() });
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(Object.values(IPC).sort());
  });
});
