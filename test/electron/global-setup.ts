import { findElectronBinary } from './electron-binary';

/** Says in one line, before the run, why the smoke test will be skipped (the list reporter won't). */
export default function globalSetup(): void {
  const binary = findElectronBinary(process.cwd());
  if (!binary.ok) console.log(`Electron smoke test: SKIPPED — ${binary.reason}.`);
}
