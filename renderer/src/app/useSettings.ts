import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../../../shared/domain/records';
import { readSettings } from '../db/repo/settings';

/** The current settings, live; undefined only while the first read is in flight. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(readSettings, []);
}
