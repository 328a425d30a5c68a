import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

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
): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Grove',
    backgroundColor: '#f7f6f2',
    webPreferences: secureWebPreferences(preloadPath, devTools),
  };
}
