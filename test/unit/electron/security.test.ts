import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  hardenWebContents,
  isExternalLinkAllowed,
  trustedOrigins,
} from '../../../electron/main/security';

type WindowOpenHandler = (details: { url: string }) => { action: 'deny' | 'allow' };

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: WindowOpenHandler | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: WindowOpenHandler) => {
      openHandler = handler;
    },
  });
  return {
    contents: contents as unknown as WebContents,
    emitter,
    open: (url: string) => openHandler!({ url }),
  };
}

const event = () => ({ preventDefault: vi.fn() });

describe('web contents guards', () => {
  const setup = () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    const log = vi.fn();
    hardenWebContents(fake.contents, { origins: trustedOrigins(undefined), openExternal, log });
    return { ...fake, openExternal, log };
  };

  it('allows navigation inside the app only', () => {
    const { emitter, log } = setup();
    const inside = event();
    emitter.emit('will-navigate', inside, 'app://grove/index.html#/today');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    for (const url of [
      'https://example.com',
      'file:///etc/passwd',
      'app://evil/index.html',
      'javascript:alert(1)',
    ]) {
      const outside = event();
      emitter.emit('will-navigate', outside, url);
      expect(outside.preventDefault, url).toHaveBeenCalled();
    }
    expect(log).toHaveBeenCalled();
  });

  it('blocks redirects away from the app', () => {
    const { emitter } = setup();
    const e = event();
    emitter.emit('will-redirect', e, 'https://example.com');
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and sends only web links to the system browser', () => {
    const { open, openExternal } = setup();
    expect(open('https://example.com/article')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/article');
    openExternal.mockClear();
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'app://grove/x',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks <webview>', () => {
    const { emitter } = setup();
    const e = event();
    emitter.emit('will-attach-webview', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('trusts the dev server origin only when one is given', () => {
    expect(trustedOrigins(undefined)).toEqual(['app://grove']);
    expect(trustedOrigins('http://localhost:5173/')).toEqual([
      'app://grove',
      'http://localhost:5173',
    ]);
  });

  it('accepts only http(s) links for the system browser', () => {
    expect(isExternalLinkAllowed('https://example.com')).toBe(true);
    expect(isExternalLinkAllowed('file:///x')).toBe(false);
    expect(isExternalLinkAllowed('javascript:alert(1)')).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let deviceHandler: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      setDevicePermissionHandler: (h: typeof deviceHandler) => (deviceHandler = h),
    } as unknown as Session;
    denyAllPermissions(session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
    ]) {
      const callback = vi.fn();
      requestHandler!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);
    expect(deviceHandler!()).toBe(false);
  });
});
