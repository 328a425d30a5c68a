import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type Rect,
  type TrackedWindow,
  type WindowState,
} from '../../../electron/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const external: Rect = { x: 1440, y: -200, width: 2560, height: 1415 };

const state = (bounds: WindowState['bounds'], maximized = false): WindowState => ({
  bounds,
  maximized,
});

describe('reading the saved state', () => {
  it('round-trips through the file, written atomically', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grove-ws-'));
    const file = path.join(dir, 'window-state.json');
    const saved = state({ x: 10, y: 20, width: 1000, height: 700 }, true);
    await saveWindowState(file, saved);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    expect(await loadWindowState(file)).toEqual(saved);
  });

  it('a missing file (first launch) gives the defaults', async () => {
    expect(await loadWindowState(path.join(tmpdir(), 'grove-no-such-dir', 'w.json'))).toEqual(
      DEFAULT_WINDOW_STATE,
    );
  });

  it.each([
    ['truncated JSON', '{"bounds":{"x":1'],
    ['not JSON', '\u0000\u0001garbage'],
    ['the wrong shape', '{"width":800,"height":600}'],
    ['a string size', '{"bounds":{"width":"800","height":600},"maximized":false}'],
    ['a zero size', '{"bounds":{"width":0,"height":600},"maximized":false}'],
    [
      'absurd coordinates',
      '{"bounds":{"x":1e12,"y":0,"width":800,"height":600},"maximized":false}',
    ],
    ['null', 'null'],
  ])('a corrupted file (%s) falls back to the defaults', async (_label, text) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grove-ws-'));
    const file = path.join(dir, 'window-state.json');
    writeFileSync(file, text);
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('fitting the window to the displays there are now', () => {
  it('keeps a window that is fully on a display as it was', () => {
    const saved = state({ x: 1600, y: 0, width: 1200, height: 800 });
    expect(fitToDisplays(saved, [laptop, external])).toEqual(saved);
  });

  it('drops the position when the saved monitor is gone, so the window opens centred', () => {
    const onExternal = state({ x: 1600, y: 0, width: 1200, height: 800 }, true);
    expect(fitToDisplays(onExternal, [laptop])).toEqual(state({ width: 1200, height: 800 }, true));
  });

  it('shrinks a window larger than the display it lands on', () => {
    const huge = state({ x: 1500, y: 0, width: 2500, height: 1400 });
    expect(fitToDisplays(huge, [laptop])).toEqual(state({ width: 1440, height: 875 }));
  });

  it('pulls a window hanging off the edge back inside the display it mostly covers', () => {
    const hanging = state({ x: 1000, y: 500, width: 1000, height: 700 });
    expect(fitToDisplays(hanging, [laptop])).toEqual(
      state({ x: 440, y: 175, width: 1000, height: 700 }),
    );
  });

  it('chooses the display the window overlaps most', () => {
    const straddling = state({ x: 1300, y: 0, width: 1000, height: 700 });
    const fitted = fitToDisplays(straddling, [laptop, external]);
    expect(fitted.bounds.x).toBeGreaterThanOrEqual(external.x);
  });

  it('gives a first-launch window the default size, within the primary display', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 600 };
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [small])).toEqual(
      state({ width: 1024, height: 600 }),
    );
  });

  it('with no display information, changes nothing', () => {
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('tracking the window', () => {
  afterEach(() => vi.useRealTimers());

  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    let bounds: Rect = { x: 1, y: 2, width: 900, height: 600 };
    let maximized = false;
    const win: TrackedWindow = {
      on: (event, listener) => listeners.set(event, listener),
      getNormalBounds: () => bounds,
      isMaximized: () => maximized,
    };
    return {
      win,
      emit: (event: string) => listeners.get(event)!(),
      set: (b: Rect, m: boolean) => {
        bounds = b;
        maximized = m;
      },
    };
  }

  it('saves once after moves and resizes settle, and again on close', async () => {
    vi.useFakeTimers();
    const fake = fakeWindow();
    const save = vi.fn(async () => undefined);
    trackWindowState(fake.win, save, vi.fn(), 500);
    fake.emit('move');
    fake.set({ x: 5, y: 6, width: 1000, height: 700 }, false);
    fake.emit('resize');
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith(state({ x: 5, y: 6, width: 1000, height: 700 }));
    fake.set({ x: 5, y: 6, width: 1000, height: 700 }, true);
    fake.emit('maximize');
    fake.emit('close');
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(state({ x: 5, y: 6, width: 1000, height: 700 }, true));
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('logs a failed save instead of crashing', async () => {
    const fake = fakeWindow();
    const log = vi.fn();
    trackWindowState(fake.win, () => Promise.reject(new Error('disk full')), log);
    fake.emit('close');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/disk full/));
  });

  it('writes through the atomic writer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grove-ws-'));
    const file = path.join(dir, 'window-state.json');
    const fake = fakeWindow();
    trackWindowState(fake.win, (s) => saveWindowState(file, s), vi.fn());
    fake.emit('close');
    await vi.waitFor(() => expect(readdirSync(dir)).toEqual(['window-state.json']));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(
      state({ x: 1, y: 2, width: 900, height: 600 }),
    );
  });
});
