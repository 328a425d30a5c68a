import { expect, test } from './fixtures';

/** The body of an entry straight from IndexedDB (after the app has started and replayed its log). */
async function storedBody(page: import('@playwright/test').Page, id: string): Promise<string> {
  return page.evaluate(
    (entryId) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('grove');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('entries', 'readonly').objectStore('entries').get(entryId);
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { body?: string } | undefined)?.body ?? '');
          };
          request.onerror = () => reject(request.error);
        };
      }),
    id,
  );
}

const walKeys = (page: import('@playwright/test').Page, prefix: string) =>
  page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)), prefix);

test('a long entry: each keystroke is logged as a small change to a checkpoint, and a tab crash loses nothing', async ({
  page,
  context,
}) => {
  await page.goto('/#/write/note');
  await expect(page).toHaveURL(/\/write\/note\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  await page.getByLabel('Entry text').click();
  const long = 'Setbacks are data; I learn a little more each day.\n'.repeat(1_400);
  await page.keyboard.insertText(long);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  // A copy of the text is stored once, while the editor is idle.
  await expect.poll(() => walKeys(page, 'grove:wal-body:')).toHaveLength(1);

  // Every log record written while typing is seen as it is written (an autosave may clear the
  // record again at any moment, so reading it afterwards would prove nothing).
  await page.evaluate((key) => {
    const sizes: number[] = [];
    (window as unknown as { __walSizes: number[] }).__walSizes = sizes;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key) sizes.push(value.length);
      return setItem.call(this, name, value);
    };
  }, `grove:wal:${id}`);
  await page.keyboard.type('And one more line.');
  // The keystrokes are in the log at once, each as a record of a few hundred bytes.
  const sizes = await page.evaluate(
    () => (window as unknown as { __walSizes: number[] }).__walSizes,
  );
  expect(sizes.length).toBeGreaterThanOrEqual('And one more line.'.length);
  expect(Math.max(...sizes)).toBeLessThan(2_000);

  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const again = await context.newPage();
  await again.goto('/#/today');
  await expect(again.getByRole('heading', { level: 1 }).first()).toBeVisible();
  expect(await storedBody(again, id)).toBe(`${long}And one more line.`);
  // Nothing is left in the log: the record was applied (or its save had landed) and the copy
  // no record refers to any more is removed.
  expect(await walKeys(again, 'grove:wal')).toEqual([]);
});
