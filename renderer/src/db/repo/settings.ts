import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type SettingKey,
  type Settings,
} from '../../../../shared/domain/records';
import { db } from '../db';
import { nowIso } from './records';
import { validate } from './validation';

/** Stored settings over the defaults; a stored value that no longer validates falls back. */
export async function readSettings(): Promise<Settings> {
  const rows = await db.settings.toArray();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    const field = settingsSchema.shape[row.key];
    const parsed = field.safeParse(row.value);
    if (parsed.success) Object.assign(settings, { [row.key]: parsed.data });
  }
  return settings;
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  const checked = validate(settingsSchema.shape[key], value, `Setting "${key}"`);
  await db.settings.put({ key, value: checked, updatedAt: nowIso() });
}
