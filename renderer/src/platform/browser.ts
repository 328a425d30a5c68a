import type { OpenFileResult, OpenFilesResult } from '../../../shared/ipc/contract';
import { PlatformError, type Platform } from './platform';

const mimeFor = (name: string): string =>
  name.endsWith('.json')
    ? 'application/json'
    : name.endsWith('.md')
      ? 'text/markdown'
      : name.endsWith('.zip')
        ? 'application/zip'
        : 'text/plain';

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Web mode: files leave as downloads and come in through a file picker. */
export function browserPlatform(): Platform {
  return {
    kind: 'web',
    // A browser has no folder outside its own storage to keep copies in: manual backups only.
    autoBackups: null,
    // Sync needs a folder on disk that another program replicates: desktop only.
    syncFolder: null,
    appInfo: () =>
      Promise.resolve({
        name: 'Grove',
        version: import.meta.env['VITE_APP_VERSION'] ?? '0.0.0',
        platform: 'web',
        os: navigator.platform,
        dataPath: null,
      }),

    saveFile: (request) => {
      const url = URL.createObjectURL(
        new Blob([request.content as BlobPart], { type: mimeFor(request.suggestedName) }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: some browsers start the download asynchronously.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return Promise.resolve({ saved: true, fileName: request.suggestedName });
    },

    openFile: (request) =>
      new Promise<OpenFileResult>((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.addEventListener('cancel', () => resolve({ opened: false }));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve({ opened: false });
          // Refuse before reading: a huge file must never be pulled into memory.
          if (file.size > request.maxBytes) {
            const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
            return reject(
              new PlatformError(
                'too-large',
                `${file.name} is ${mb(file.size)}; Grove opens files up to ${mb(request.maxBytes)}.`,
              ),
            );
          }
          file.text().then(
            (content) => resolve({ opened: true, fileName: file.name, content }),
            () => reject(new PlatformError('io', `Could not read ${file.name}.`)),
          );
        });
        input.click();
      }),

    // Import from other apps: several files, as bytes, sizes checked before reading.
    openFiles: (request) =>
      new Promise<OpenFilesResult>((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = request.multiple;
        input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.addEventListener('cancel', () => resolve({ opened: false }));
        input.addEventListener('change', () => {
          const picked = [...(input.files ?? [])];
          if (picked.length === 0) return resolve({ opened: false });
          const tooLarge = picked.find((f) => f.size > request.maxBytes);
          if (tooLarge) {
            return reject(
              new PlatformError(
                'too-large',
                `${tooLarge.name} is ${mb(tooLarge.size)}; Grove opens files up to ${mb(request.maxBytes)}.`,
              ),
            );
          }
          const total = picked.reduce((sum, f) => sum + f.size, 0);
          if (total > request.maxBytes) {
            return reject(
              new PlatformError(
                'too-large',
                `These files come to ${mb(total)} together; Grove opens up to ${mb(request.maxBytes)} at once.`,
              ),
            );
          }
          Promise.all(
            picked.map(async (f) => ({
              fileName: f.name,
              bytes: new Uint8Array(await f.arrayBuffer()),
            })),
          ).then(
            (files) => resolve({ opened: true, files }),
            () => reject(new PlatformError('io', 'Could not read the chosen files.')),
          );
        });
        input.click();
      }),

    /* desktop shell: menus and reminders — a browser tab has no native menu and cannot notify
       reliably once closed, so web mode has no reminder at all (`setDailyReminder` is absent). */
    onMenuCommand: () => () => undefined,
  };
}
