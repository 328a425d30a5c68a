/**
 * A hybrid logical clock (Kulkarni et al., 2014): wall-clock milliseconds plus a counter. It moves
 * forward with the local clock, never backwards, and past every stamp it has seen from another
 * device. So an edit made after seeing a change always orders after that change, even when the
 * other computer's clock runs hours ahead: a wrong clock can win a race, never every later edit.
 *
 * Stamps travel as fixed-width strings (`000001732500000000:000000`), so comparing two stamps is
 * comparing two strings, in code and in IndexedDB indexes alike.
 */
export interface Hlc {
  wall: number;
  counter: number;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
export const HLC_PATTERN = /^\d{15}:\d{6}$/;

export function formatHlc(h: Hlc): string {
  return `${String(h.wall).padStart(WALL_DIGITS, '0')}:${String(h.counter).padStart(COUNTER_DIGITS, '0')}`;
}

export function parseHlc(text: string): Hlc {
  if (!HLC_PATTERN.test(text)) throw new Error(`not a clock stamp: ${text}`);
  const [wall, counter] = text.split(':') as [string, string];
  return { wall: Number(wall), counter: Number(counter) };
}

/** The wall time of a stamp as an ISO instant (for "last seen" in the Sync panel). */
export const hlcTime = (text: string): string => new Date(parseHlc(text).wall).toISOString();

export class HybridClock {
  private last: Hlc;

  constructor(
    private readonly now: () => number = Date.now,
    last: string | null = null,
  ) {
    this.last = last ? parseHlc(last) : { wall: 0, counter: 0 };
  }

  /** A stamp for a local change: later than every stamp this clock has given or seen. */
  tick(): string {
    const pt = this.now();
    if (pt > this.last.wall) this.last = { wall: pt, counter: 0 };
    else this.last = bump(this.last);
    return formatHlc(this.last);
  }

  /** Takes in a stamp from another device, so the next local stamp orders after it. */
  receive(remote: string): void {
    const r = parseHlc(remote);
    const pt = this.now();
    const wall = Math.max(this.last.wall, r.wall, pt);
    if (wall === this.last.wall && wall === r.wall) {
      this.last = { wall, counter: Math.max(this.last.counter, r.counter) };
    } else if (wall === this.last.wall) {
      this.last = { wall, counter: this.last.counter };
    } else if (wall === r.wall) {
      this.last = { wall, counter: r.counter };
    } else {
      this.last = { wall, counter: 0 };
    }
  }

  current(): string {
    return formatHlc(this.last);
  }
}

function bump(h: Hlc): Hlc {
  // A counter that would overflow its digits moves the clock one millisecond instead.
  return h.counter >= MAX_COUNTER
    ? { wall: h.wall + 1, counter: 0 }
    : { ...h, counter: h.counter + 1 };
}

/** Total order of changes: clock stamp first, device id as the tie-break. Positive when a wins. */
export function compareStamps(
  a: { hlc: string; deviceId: string },
  b: { hlc: string; deviceId: string },
): number {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? 1 : -1;
  if (a.deviceId !== b.deviceId) return a.deviceId > b.deviceId ? 1 : -1;
  return 0;
}
