import { beforeEach, describe, expect, it } from 'vitest';
import {
  resetTemplate,
  saveTemplate,
  userTemplates,
} from '../../../renderer/src/db/repo/templates';
import { DEFAULT_TEMPLATES, promptsFor } from '../../../shared/domain/templates';
import { resetDatabase, snapshotDatabase } from '../../support/db';

beforeEach(resetDatabase);

describe('user-edited templates', () => {
  it('are used instead of the default, and reset back to it', async () => {
    const prompts = [{ id: 'energy', label: 'What gave me energy?', placeholder: '' }];
    await saveTemplate('daily', prompts);
    expect(promptsFor('daily', await userTemplates())).toEqual(prompts);
    await saveTemplate('daily', [...prompts, { id: 'b', label: 'B', placeholder: '' }]);
    expect(await userTemplates()).toHaveLength(1);
    await resetTemplate('daily');
    expect(promptsFor('daily', await userTemplates())).toBe(DEFAULT_TEMPLATES.daily);
  });

  it('refuses an invalid template and changes nothing', async () => {
    const before = await snapshotDatabase();
    await expect(saveTemplate('daily', [{ id: '', label: '', placeholder: '' }])).rejects.toThrow(
      /Template/,
    );
    expect(await snapshotDatabase()).toEqual(before);
  });
});
