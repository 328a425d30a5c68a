// electron-builder `afterPack` hook: sets Electron's fuses in the packaged binary, before it is
// signed. Fuses are compile-time switches baked into the Electron executable; turning these off
// means a packaged Grove cannot be used as a general Node.js runtime or be debugged/injected into
// by someone who can set an environment variable or pass a flag, and will only run the app code
// from its own integrity-checked ASAR archive.
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** Every fuse, by name, with the value a packaged Grove needs and why. */
export const FUSES = {
  // `ELECTRON_RUN_AS_NODE=1 Grove` would otherwise be a signed Node.js interpreter.
  RunAsNode: false,
  // Cookies are encrypted at rest with the OS keychain (Grove sets none, but it costs nothing).
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would open a debugger into the main process.
  EnableNodeCliInspectArguments: false,
  // The ASAR archive is checked against the hash in the signed binary (macOS, Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded: an `app/` folder dropped beside it is ignored.
  OnlyLoadAppFromAsar: true,
  // Grove ships no custom V8 snapshot.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The renderer is served from app://, so file:// needs no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
};

/** The @electron/fuses configuration: every fuse set explicitly, so a new one fails the build. */
export function fuseConfig(platform) {
  const wire = Object.fromEntries(
    Object.entries(FUSES).map(([name, value]) => {
      const index = FuseV1Options[name];
      if (index === undefined) throw new Error(`Unknown Electron fuse: ${name}`);
      return [index, value];
    }),
  );
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Changing the binary breaks the ad-hoc signature arm64 macOS requires; signing comes later.
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
    ...wire,
  };
}

/** Where electron-builder put the Electron executable it is packaging. */
export function electronBinaryPath({ appOutDir, electronPlatformName, packager }) {
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`Unknown platform for fuses: ${electronPlatformName}`);
  }
}

export async function afterPackWith(context, flip) {
  const binary = electronBinaryPath(context);
  await flip(binary, fuseConfig(context.electronPlatformName));
  console.log(`  • Electron fuses set  file=${path.basename(binary)}`);
}

export async function afterPack(context) {
  await afterPackWith(context, flipFuses);
}

export default afterPack;
