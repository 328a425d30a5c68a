import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './files';

/**
 * The main window's size, position and maximised state, remembered between launches in a small
 * JSON file in userData. Reading is forgiving (anything wrong → defaults); placing is careful (a
 * window is never restored onto a monitor that is gone).
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WINDOW_SIZE = { width: 720, height: 520 };
export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { width: 1200, height: 800 },
  maximized: false,
};

const coordinate = z.int().min(-100_000).max(100_000);
const size = z.int().min(1).max(100_000);
const windowStateSchema = z.object({
  bounds: z.object({
    x: coordinate.optional(),
    y: coordinate.optional(),
    width: size,
    height: size,
  }),
  maximized: z.boolean(),
});

/** Parses a saved file; anything unreadable or out of shape gives the defaults. */
export function parseWindowState(text: string): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Makes a saved state fit the monitors there are now (their work areas, the first being the
 * primary): the window goes on the display it overlaps most, no larger than that display and
 * wholly inside it; on no display at all (the monitor was unplugged), it drops its position so
 * Electron centres it on the primary display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const { x, y } = state.bounds;

  const clampSize = (area: Rect) => ({
    width: Math.max(
      Math.min(state.bounds.width, area.width),
      Math.min(MIN_WINDOW_SIZE.width, area.width),
    ),
    height: Math.max(
      Math.min(state.bounds.height, area.height),
      Math.min(MIN_WINDOW_SIZE.height, area.height),
    ),
  });

  if (x === undefined || y === undefined) {
    return { maximized: state.maximized, bounds: clampSize(primary) };
  }
  const rect = { x, y, width: state.bounds.width, height: state.bounds.height };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(rect, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  if (!best) return { maximized: state.maximized, bounds: clampSize(primary) };

  const sized = clampSize(best);
  return {
    maximized: state.maximized,
    bounds: {
      ...sized,
      x: Math.min(Math.max(x, best.x), best.x + best.width - sized.width),
      y: Math.min(Math.max(y, best.y), best.y + best.height - sized.height),
    },
  };
}

export async function loadWindowState(
  file: string,
  readFile: (file: string) => Promise<string> = (f) => fs.readFile(f, 'utf8'),
): Promise<WindowState> {
  try {
    return parseWindowState(await readFile(file));
  } catch {
    // No file yet (first launch) or unreadable: defaults.
    return DEFAULT_WINDOW_STATE;
  }
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileAtomic(file, JSON.stringify(state));
}

/** The part of a BrowserWindow the tracker uses. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/**
 * Saves the state after moves and resizes settle, and once more as the window closes. The normal
 * (un-maximised) bounds are kept, so un-maximising after a restart returns to the user's size.
 */
export function trackWindowState(
  win: TrackedWindow,
  save: (state: WindowState) => Promise<void>,
  log: (message: string) => void,
  delayMs = 500,
): void {
  let pending: ReturnType<typeof setTimeout> | null = null;
  const snapshot = (): WindowState => ({
    bounds: win.getNormalBounds(),
    maximized: win.isMaximized(),
  });
  const flush = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    save(snapshot()).catch((error: unknown) =>
      log(`Could not save the window state: ${String(error)}`),
    );
  };
  const later = () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(flush, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, later);
  win.on('close', flush);
}
