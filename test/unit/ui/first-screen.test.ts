// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterFirstScreen,
  isFirstScreenShown,
  markFirstScreenShownAfterPaint,
  markFirstScreenShownLater,
  resetFirstScreen,
} from '../../../renderer/src/app/firstScreen';

/** Background work (search index, tag list, every id) waits for the first screen to settle. */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
  resetFirstScreen();
});
afterEach(() => vi.useRealTimers());

describe('the first screen', () => {
  it('counts as shown a moment after its first paint, not before', async () => {
    let started = false;
    void afterFirstScreen().then(() => (started = true));
    markFirstScreenShownAfterPaint();
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toBe(true);
    expect(isFirstScreenShown()).toBe(true);
    // Once shown, later waiters go at once.
    await expect(afterFirstScreen()).resolves.toBeUndefined();
  });

  it('does not count a paint from before a lock', async () => {
    markFirstScreenShownAfterPaint();
    await vi.advanceTimersByTimeAsync(10);
    resetFirstScreen();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(isFirstScreenShown()).toBe(false);
  });

  it('counts as shown after the fallback time on a screen that does not report', async () => {
    const stop = markFirstScreenShownLater();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(isFirstScreenShown()).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(isFirstScreenShown()).toBe(true);
    stop();
  });
});
