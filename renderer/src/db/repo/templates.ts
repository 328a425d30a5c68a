import {
  templateSchema,
  type EntryKind,
  type Template,
  type TemplatePrompt,
} from '../../../../shared/domain/records';
import { db } from '../db';
import { newRecordBase, nextUpdatedAt, asDeleted } from './records';
import { validate } from './validation';

/** The user's edited templates (at most one live per kind). */
export function userTemplates(): Promise<Template[]> {
  return db.templates.toArray();
}

/** Stores the user's version of a kind's template, replacing any earlier one. */
export async function saveTemplate(kind: EntryKind, prompts: TemplatePrompt[]): Promise<Template> {
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.where('kind').equals(kind).first();
    const base = existing ?? newRecordBase();
    const template = validate(
      templateSchema,
      {
        ...base,
        kind,
        prompts,
        deleted: 0,
        deletedAt: null,
        updatedAt: nextUpdatedAt(existing?.updatedAt),
      },
      'Template',
    );
    await db.templates.put(template);
    return template;
  });
}

/** Back to the default template; the edited one stays as a tombstone so the reset can sync. */
export async function resetTemplate(kind: EntryKind): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.where('kind').equals(kind).first();
    if (!existing || existing.deleted === 1) return;
    await db.templates.put(asDeleted(existing));
  });
}
