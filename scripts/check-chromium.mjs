// Fails early, in one clear line, when there is no Chromium for the end-to-end tests.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);
const playwrightCache =
  process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(homedir(), '.cache', 'ms-playwright');
const hasPlaywrightChromium =
  existsSync(playwrightCache) && readdirSync(playwrightCache).some((d) => d.startsWith('chromium'));

if (!candidates.some((c) => existsSync(c)) && !hasPlaywrightChromium) {
  console.error(
    'Grove tests need a Chromium: on Debian/Ubuntu `sudo apt-get install chromium`, elsewhere ' +
      '`npx playwright install chromium` (or set CHROMIUM_PATH to a Chromium binary).',
  );
  process.exit(1);
}
