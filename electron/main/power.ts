import type { PowerMonitor } from 'electron';
import type { SystemLockEvent, SystemLockReason } from '../../shared/ipc/power';

/**
 * Forwards "the screen locked" and "the machine is going to sleep" to the renderer, which locks
 * Grove when encryption is on. Only these two fixed events are ever sent. Returns the function
 * that stops watching.
 */
export function watchSystemLock(
  monitor: Pick<PowerMonitor, 'on' | 'removeListener'>,
  send: (event: SystemLockEvent) => void,
): () => void {
  const handlers: [SystemLockReason, () => void][] = [
    ['lock-screen', () => send({ reason: 'lock-screen' })],
    ['suspend', () => send({ reason: 'suspend' })],
  ];
  for (const [name, handler] of handlers) monitor.on(name as 'lock-screen', handler);
  return () => {
    for (const [name, handler] of handlers) monitor.removeListener(name as 'lock-screen', handler);
  };
}
