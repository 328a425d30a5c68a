/**
 * The machine going unattended: the main process watches Electron's `powerMonitor`
 * and tells the renderer when the screen locks or the machine is about to sleep, so Grove locks
 * too. Main → renderer only; the renderer cannot send on it. Dependency-free (the preload
 * validates with it and must stay tiny).
 */
export const POWER_EVENTS = {
  systemLock: 'grove:power:system-lock',
} as const;

export const SYSTEM_LOCK_REASONS = ['lock-screen', 'suspend'] as const;
export type SystemLockReason = (typeof SYSTEM_LOCK_REASONS)[number];

export interface SystemLockEvent {
  reason: SystemLockReason;
}

/** A message from another process is data until proven otherwise. */
export function isSystemLockEvent(value: unknown): value is SystemLockEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const reason = (value as Record<string, unknown>)['reason'];
  return (
    keys.length === 1 &&
    keys[0] === 'reason' &&
    typeof reason === 'string' &&
    (SYSTEM_LOCK_REASONS as readonly string[]).includes(reason)
  );
}

/** What the preload adds to `window.grove` for this domain. */
export interface PowerBridge {
  /** Called with a validated event; returns the unsubscribe function. */
  onSystemLock(listener: (event: SystemLockEvent) => void): () => void;
}
