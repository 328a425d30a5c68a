import type { FuseConfig } from '@electron/fuses';

export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}

export const FUSES: Record<string, boolean>;
export function fuseConfig(platform: string): FuseConfig;
export function electronBinaryPath(context: PackContext): string;
export function afterPackWith(
  context: PackContext,
  flip: (binary: string, config: FuseConfig) => Promise<unknown>,
): Promise<void>;
export function afterPack(context: PackContext): Promise<void>;
export default afterPack;
