import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

// Run from the project root (npm scripts do).
const root = process.cwd();
const binary = findElectronBinary(root);

test.skip(!binary.ok, `Electron smoke test skipped: ${binary.ok ? '' : binary.reason}.`);

test('the desktop app opens Today, keeps a note across a quit and relaunch', async () => {
  if (!binary.ok) return;
  // A fresh profile: the test never touches a real user's journal.
  const userData = mkdtempSync(path.join(tmpdir(), 'grove-smoke-'));
  const launch = () =>
    electron.launch({
      executablePath: binary.path,
      args: [root, `--user-data-dir=${userData}`],
      cwd: root,
      // The built app from app://, never a dev server.
      env: Object.fromEntries(
        Object.entries(process.env).filter(
          (entry): entry is [string, string] =>
            entry[0] !== 'ELECTRON_RENDERER_URL' && entry[1] !== undefined,
        ),
      ),
    });

  let app: ElectronApplication = await launch();
  let page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    /Good (morning|afternoon|evening|night)/,
  );
  expect(page.url()).toMatch(/^app:\/\/grove\//);
  // The renderer has no Node: the bridge is the only way out.
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
  expect(
    await page.evaluate(() => Object.keys((window as unknown as { grove: object }).grove)),
  ).toEqual(
    expect.arrayContaining(['appInfo', 'saveFile', 'openFile', 'setReminder', 'onMenuCommand']),
  );

  await page.getByRole('link', { name: /New note/ }).click();
  await page.getByLabel('Title').fill('Smoke test note');
  await page.getByLabel('Entry text').fill('Written in the desktop app.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await app.close();

  app = await launch();
  page = await app.firstWindow();
  await page.getByRole('link', { name: 'Today', exact: true }).first().click();
  const card = page.getByRole('link', { name: /Smoke test note/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Written in the desktop app.');
  await app.close();
});
