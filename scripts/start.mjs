// Launches the built desktop app. Electron 45 downloads its binary the first time it is required;
// where that cannot happen (no network, a locked-down machine) say so in one clear line instead of
// the downloader's stack trace. The lookup runs in a child process so its noise can be captured.
import { spawn, spawnSync } from 'node:child_process';
import process from 'node:process';

const lookup = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});
const electronBinary = lookup.status === 0 ? lookup.stdout.trim() : '';
if (!electronBinary) {
  console.error(
    'Grove: the Electron runtime is not installed and could not be downloaded on this machine; ' +
      'connect to the internet and run `npm start` again, or run `npm run web` to use Grove in a browser.',
  );
  process.exit(1);
}

const child = spawn(electronBinary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
