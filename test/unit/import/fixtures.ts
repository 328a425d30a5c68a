import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ImportFile } from '../../../shared/formats/import/types';

/**
 * Small export files written from each format's public description (sources cited in each test
 * file). Built in code so every odd case is visible next to the test that needs it.
 */
export const file = (name: string, text: string): ImportFile => ({ name, bytes: strToU8(text) });

export const zipFile = (name: string, members: Record<string, string | Uint8Array>): ImportFile => {
  const tree: Zippable = {};
  for (const [path, content] of Object.entries(members)) {
    tree[path] = typeof content === 'string' ? strToU8(content) : content;
  }
  return { name, bytes: zipSync(tree) };
};

export interface DayOneEntryFixture {
  uuid: string;
  creationDate: string;
  timeZone?: string;
  text?: string;
  richText?: string;
  tags?: string[];
  starred?: boolean;
  photos?: { identifier: string; md5: string; type: string }[];
}

export const dayOneJson = (entries: DayOneEntryFixture[]) =>
  JSON.stringify({ metadata: { version: '1.0' }, entries }, null, 2);
