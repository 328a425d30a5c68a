import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

/** Origins the app's own pages may live at: the custom protocol, or the dev server in development. */
export function trustedOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN];
  if (devServerUrl) {
    try {
      origins.push(new URL(devServerUrl).origin);
    } catch {
      // A malformed dev URL simply adds nothing.
    }
  }
  return origins;
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    // `app://grove` has no standard origin serialisation in every runtime; compare scheme + host.
    const origin = parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin;
    return origins.includes(origin);
  } catch {
    return false;
  }
}

/** Links a user may open in the system browser: plain web pages, nothing else. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

export interface HardenOptions {
  origins: readonly string[];
  openExternal: (url: string) => void;
  log: (message: string) => void;
}

/**
 * Applies the per-window guards of Electron's security checklist: no navigation away from the app,
 * no new windows (web links go to the system browser after an allow check), no `<webview>`.
 */
export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (isTrustedUrl(url, options.origins)) return;
    event.preventDefault();
    options.log(`Blocked navigation to ${url}`);
  });
  contents.on('will-redirect', (event, url) => {
    if (isTrustedUrl(url, options.origins)) return;
    event.preventDefault();
    options.log(`Blocked redirect to ${url}`);
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) options.openExternal(url);
    else options.log(`Blocked window.open of ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    options.log('Blocked a <webview>');
  });
}

/** Grove needs no camera, microphone, location, notifications-by-page or anything else. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
