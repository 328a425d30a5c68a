import { BRIDGE_KEY, type GroveBridge } from '../../../shared/ipc/contract';
import { browserPlatform } from './browser';
import { desktopPlatform } from './desktop';
import type { Platform } from './platform';

export type { AutoBackups, Platform } from './platform';
export { PlatformError } from './platform';

function detect(): Platform {
  const bridge = (window as unknown as Record<string, GroveBridge | undefined>)[BRIDGE_KEY];
  return bridge ? desktopPlatform(bridge) : browserPlatform();
}

/** The one way the renderer reaches the machine. */
export const platform: Platform = detect();
