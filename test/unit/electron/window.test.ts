import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/main/window';

describe('window options', () => {
  it('isolate, sandbox and strip Node from the renderer', () => {
    const prefs = secureWebPreferences('/app/preload.js', false);
    expect(prefs).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('opens DevTools only when asked (development)', () => {
    expect(secureWebPreferences('/p.js', true).devTools).toBe(true);
  });

  it('does not show the window before it has painted', () => {
    expect(mainWindowOptions('/p.js', false).show).toBe(false);
  });
});
