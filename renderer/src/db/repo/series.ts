import { seriesSchema, type Series } from '../../../../shared/domain/records';
import { db } from '../db';
import { newRecordBase, nextUpdatedAt, softDelete } from './records';
import { validate } from './validation';

export interface SeriesInput {
  name: string;
  person: string;
  cadenceDays: number;
}

/** Validates before writing: a refused series changes nothing. */
export async function createSeries(input: SeriesInput): Promise<Series> {
  const series = validate(
    seriesSchema,
    {
      ...newRecordBase(),
      name: input.name.trim(),
      person: input.person.trim(),
      cadenceDays: input.cadenceDays,
    },
    'Series',
  );
  await db.transaction('rw', db.series, () => db.series.add(series));
  return series;
}

export async function updateSeries(id: string, changes: Partial<SeriesInput>): Promise<Series> {
  return db.transaction('rw', db.series, async () => {
    const existing = await db.series.get(id);
    if (!existing || existing.deleted === 1)
      throw new Error('This 1:1 series is not there any more.');
    const series = validate(
      seriesSchema,
      {
        ...existing,
        ...changes,
        name: (changes.name ?? existing.name).trim(),
        person: (changes.person ?? existing.person).trim(),
        updatedAt: nextUpdatedAt(existing.updatedAt),
      },
      'Series',
    );
    await db.series.put(series);
    return series;
  });
}

/**
 * A soft delete of the series alone: its meetings stay (hidden with it) and its notes stay journal
 * entries, so nothing written is lost.
 */
export async function deleteSeries(id: string): Promise<void> {
  await softDelete(db.series, id);
}

/** A person has a handful of series at most: reading the table is cheap. */
export async function liveSeries(): Promise<Series[]> {
  const all = await db.series.toArray();
  return all.filter((s) => s.deleted === 0).sort((a, b) => a.name.localeCompare(b.name));
}

export function getSeries(id: string): Promise<Series | undefined> {
  return db.series.get(id);
}
