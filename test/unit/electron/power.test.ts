import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { watchSystemLock } from '../../../electron/main/power';
import { isSystemLockEvent, POWER_EVENTS } from '../../../shared/ipc/power';

// The real module is never loaded in unit tests (its binary cannot be downloaded here).
vi.mock('electron', () => ({}));

/** powerMonitor stands in as an EventEmitter: it is one, with extra methods we do not use. */
function fakeMonitor() {
  const monitor = new EventEmitter();
  return monitor as EventEmitter & Parameters<typeof watchSystemLock>[0];
}

describe('system lock and sleep → Grove locks', () => {
  it('sends one validated event for a screen lock and for sleep, nothing for other power events', () => {
    const monitor = fakeMonitor();
    const send = vi.fn();
    watchSystemLock(monitor, send);
    monitor.emit('lock-screen');
    monitor.emit('suspend');
    monitor.emit('resume');
    monitor.emit('on-ac');
    expect(send.mock.calls).toEqual([[{ reason: 'lock-screen' }], [{ reason: 'suspend' }]]);
    for (const [event] of send.mock.calls) expect(isSystemLockEvent(event)).toBe(true);
  });

  it('stops watching when asked', () => {
    const monitor = fakeMonitor();
    const send = vi.fn();
    const stop = watchSystemLock(monitor, send);
    stop();
    monitor.emit('lock-screen');
    expect(send).not.toHaveBeenCalled();
    expect(monitor.listenerCount('lock-screen')).toBe(0);
  });

  it('the event validator accepts only the two known shapes', () => {
    expect(isSystemLockEvent({ reason: 'suspend' })).toBe(true);
    for (const bad of [
      null,
      'suspend',
      { reason: 'unlock' },
      { reason: 'suspend', extra: 1 },
      ['suspend'],
      { reason: 1 },
    ]) {
      expect(isSystemLockEvent(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(POWER_EVENTS.systemLock).toMatch(/^grove:power:/);
  });
});
