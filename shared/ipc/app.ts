import type { Envelope } from '../util/result';

/** The app itself: what it is and where its data lives (Settings › Your data). */
export const APP_IPC = {
  appInfo: 'grove:app:info',
} as const;

export interface AppInfo {
  name: string;
  version: string;
  platform: 'desktop' | 'web';
  os: string;
  dataPath: string | null;
}

export interface AppContract {
  [APP_IPC.appInfo]: { args: []; result: AppInfo };
}

export interface AppBridge {
  appInfo(): Promise<Envelope<AppInfo>>;
}
