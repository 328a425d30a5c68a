import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE } from './window-state';

/**
 * The renderer runs as an untrusted web page: isolated, sandboxed, with no Node and only the
 * preload's named API. These options are tested, and a lint rule forbids weakening them anywhere.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    devTools,
  };
}

export function mainWindowOptions(
  preloadPath: string,
  devTools: boolean,
  bounds: { x?: number; y?: number; width: number; height: number } = DEFAULT_WINDOW_STATE.bounds,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Grove',
    backgroundColor: '#f7f6f2',
    webPreferences: secureWebPreferences(preloadPath, devTools),
  };
}
