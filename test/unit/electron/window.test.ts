import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/main/window';

/**
 * The properties that keep the renderer a sandboxed web page, checked in both the packaged and
 * the development configuration (development may open DevTools, nothing else).
 */
const MUST: [string, unknown, string][] = [
  ['contextIsolation', true, 'the preload and the page never share a JavaScript world'],
  ['sandbox', true, 'the renderer runs in the OS sandbox'],
  ['nodeIntegration', false, 'no Node.js in the page'],
  ['nodeIntegrationInWorker', false, 'no Node.js in workers'],
  ['nodeIntegrationInSubFrames', false, 'no Node.js in frames'],
  ['webSecurity', true, 'same-origin policy on'],
  ['allowRunningInsecureContent', false, 'no http content in the app'],
  ['webviewTag', false, 'no <webview>'],
];

describe.each([false, true])('web preferences (development: %s)', (development) => {
  const prefs = secureWebPreferences('/app/preload.js', development) as Record<string, unknown>;

  it.each(MUST)('%s is %s: %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('enables no Blink or experimental features', () => {
    expect(prefs['enableBlinkFeatures']).toBeUndefined();
    expect(prefs['experimentalFeatures']).not.toBe(true);
  });
});

describe('window options', () => {
  it('opens DevTools only in development', () => {
    expect(secureWebPreferences('/p.js', false).devTools).toBe(false);
    expect(secureWebPreferences('/p.js', true).devTools).toBe(true);
  });

  it('does not show the window before it has painted', () => {
    expect(mainWindowOptions('/p.js', false).show).toBe(false);
  });
});
