import { todayIsoDate } from '../../../shared/domain/dates';
import { sealBackupText } from '../db/crypto/backupEnvelope';
import type { KeySlot } from '../db/crypto/keyslots';
import { createBackupText } from '../db/repo/backup';
import { platform } from '../platform';

/**
 * The backup before a conversion. It is encrypted with the keys the person has just made (or
 * has), so the copy never leaves readable words on disk: the desktop app writes it among the
 * automatic backups; web mode offers it as a download. Returns the file name, or null if the
 * person declined the download.
 */
export async function backupBeforeConversion(
  dataKey: Uint8Array,
  slots: readonly KeySlot[],
): Promise<string | null> {
  const sealed = await sealBackupText(await createBackupText(), dataKey, slots, {
    name: 'Grove',
    version: (import.meta.env['VITE_APP_VERSION'] as string | undefined) ?? '0.0.0',
  });
  if (platform.autoBackups) {
    return (await platform.autoBackups.write(sealed, 'before-migration')).fileName;
  }
  const saved = await platform.saveFile({
    suggestedName: `grove-backup-encrypted-${todayIsoDate()}.json`,
    content: sealed,
    filters: [{ name: 'Grove backup', extensions: ['json'] }],
  });
  return saved.saved ? saved.fileName : null;
}

export async function downloadRecoveryKey(recoveryKey: string): Promise<boolean> {
  const content = [
    'Grove recovery key',
    '',
    recoveryKey,
    '',
    'This key opens your encrypted Grove journal if you forget your passphrase.',
    'Keep it somewhere safe and private, away from this computer (printed, or in a password manager).',
    `Created ${todayIsoDate()}.`,
    '',
  ].join('\n');
  const saved = await platform.saveFile({
    suggestedName: 'grove-recovery-key.txt',
    content,
    filters: [{ name: 'Text', extensions: ['txt'] }],
  });
  return saved.saved;
}
