import { z } from 'zod';
import { backupV1Schema, backupV2Schema } from './backup';
import { coachResponseV1Schema } from './coach-response';
import { coachSummaryV1Schema, coachSummaryV2Schema } from './coach-summary';
import { markdownEntryFrontMatterV1Schema } from './markdown-journal';
import { encryptedBackupV1Schema } from './encrypted-backup';
import {
  deviceFileSchema,
  keysFileSchema,
  manifestSchema,
  segmentFileLineSchema,
} from '../sync/format';

/**
 * The published JSON Schemas, generated from the zod schemas so the two can never drift apart.
 * `npm run schemas` writes them to shared/schemas/; a unit test fails when a committed file is
 * out of date. Refinements zod cannot express (a calendar date that exists, a real date-time)
 * are checked by Grove when it reads a file, beyond what the JSON Schema states.
 */
export const PUBLISHED_SCHEMAS = {
  'grove.backup.v1.schema.json': backupV1Schema,
  'grove.backup.v2.schema.json': backupV2Schema,
  'grove.coach-summary.v1.schema.json': coachSummaryV1Schema,
  'grove.coach-summary.v2.schema.json': coachSummaryV2Schema,
  'grove.coach-response.v1.schema.json': coachResponseV1Schema,
  'grove.markdown-entry.v1.schema.json': markdownEntryFrontMatterV1Schema,
  'grove.backup.encrypted.v1.schema.json': encryptedBackupV1Schema,
  // Sync through a folder: each JSON file in `Grove Sync/`, and each line of a segment.
  'grove.sync.v1.schema.json': manifestSchema,
  'grove.sync-keys.v1.schema.json': keysFileSchema,
  'grove.sync-device.v1.schema.json': deviceFileSchema,
  'grove.sync-segment-line.v1.schema.json': segmentFileLineSchema,
} as const;

export function jsonSchemaFor(fileName: keyof typeof PUBLISHED_SCHEMAS): Record<string, unknown> {
  const schema = z.toJSONSchema(PUBLISHED_SCHEMAS[fileName], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return { ...schema, $id: `urn:grove:schema:${fileName.replace(/\.schema\.json$/, '')}` };
}

export const jsonSchemaText = (fileName: keyof typeof PUBLISHED_SCHEMAS) =>
  `${JSON.stringify(jsonSchemaFor(fileName), null, 2)}\n`;
