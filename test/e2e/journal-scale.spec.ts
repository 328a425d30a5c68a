import { generateJournal } from '../bench/generate';
import { expect, test } from './fixtures';

/**
 * Ten years of entries in real IndexedDB: the timeline shows its first entries, scrolls, and
 * search answers by prefix. Timings are the benchmark suite's job; this proves it works at scale.
 * Set GROVE_SCALE=1 to run it (it takes a while to seed on a busy machine).
 */
test.skip(!process.env['GROVE_SCALE'], 'set GROVE_SCALE=1 to run the 20,000-entry check');

test('a 20,000-entry journal: timeline, scrolling and search', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/#/today');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { entries } = generateJournal({ entries: 20_000, objectives: 10 });
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('grove');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite');
      for (const row of rows) tx.objectStore('entries').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, entries);
  await page.reload();
  const started = Date.now();
  await page.goto('/#/journal');
  const timeline = page.getByRole('list', { name: 'Entries, newest first' });
  await expect(timeline.getByRole('link').first()).toBeVisible();
  console.log(`timeline first entries: ${Date.now() - started} ms`);
  await expect(page.getByText('20000 entries')).toBeVisible();
  expect(await timeline.getByRole('link').count()).toBeLessThan(60);
  await page.locator('#main').evaluate((el) => el.scrollTo(0, 400_000));
  await expect(timeline.getByRole('link').first()).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.getByLabel('Search your journal').fill('deleg');
  await expect(page.getByRole('status').filter({ hasText: /\d+ results/ })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.locator('mark').first()).toBeVisible();
});
