// Writes the published JSON Schemas of Grove's file formats (run: npm run schemas).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PUBLISHED_SCHEMAS, jsonSchemaText } from '../shared/formats/json-schemas';

for (const fileName of Object.keys(PUBLISHED_SCHEMAS) as (keyof typeof PUBLISHED_SCHEMAS)[]) {
  const target = path.join(import.meta.dirname, '..', 'shared', 'schemas', fileName);
  writeFileSync(target, jsonSchemaText(fileName));
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
