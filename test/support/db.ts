import { db } from '../../renderer/src/db/db';

/** A fresh, empty database for each test. */
export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

/** Every row of every table, for "nothing changed" assertions. */
export async function snapshotDatabase(): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of db.tables) snapshot[table.name] = await table.toArray();
  return snapshot;
}
