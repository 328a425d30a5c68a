import { strToU8, zipSync } from 'fflate';
import { importPreviewedEntries } from '../../renderer/src/db/repo/imports';
import { readMarkdownJournalData } from '../../renderer/src/db/repo/markdownExport';
import { exportInWorker, parseInWorker } from '../../renderer/src/export/import/runInWorker';

/**
 * Import and Markdown export figures, in the page, through the app's own code: the
 * worker that parses and zips, and the repository's batched import.
 */
const now = () => performance.now();

/** A Day One export zip of `count` entries, written the way Day One writes them. */
function dayOneZip(count: number): Uint8Array {
  const words = 'growth retro feedback lesson team walk coffee shipped mentor experiment'.split(
    ' ',
  );
  const entries = Array.from({ length: count }, (_, i) => {
    const prose = Array.from({ length: 90 }, (_, w) => words[(i * 7 + w * 3) % words.length]).join(
      ' ',
    );
    return {
      uuid: (i.toString(16).padStart(8, '0') + 'A'.repeat(24)).toUpperCase(),
      creationDate: new Date(Date.UTC(2015, 0, 1) + i * 8 * 3_600_000)
        .toISOString()
        .replace('.000', ''),
      timeZone: i % 3 === 0 ? 'Europe/Berlin' : 'America/New_York',
      text: `# Day ${i}\n\nA 30\\-minute ${prose}\\.\n\n![](dayone-moment://${i.toString(16).toUpperCase()}PHOTO)`,
      tags: [words[i % words.length]!],
      starred: i % 10 === 0,
      photos: [
        { identifier: `${i.toString(16).toUpperCase()}PHOTO`, md5: `md5${i}`, type: 'jpeg' },
      ],
    };
  });
  return zipSync({
    'Journal.json': strToU8(JSON.stringify({ metadata: { version: '1.0' }, entries })),
  });
}

function watchLongTasks(): () => number[] {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const task of list.getEntries()) tasks.push(task.duration);
  });
  observer.observe({ type: 'longtask' });
  return () => {
    observer.disconnect();
    return tasks;
  };
}

async function markdownExport(): Promise<{ ms: number; entries: number; bytes: number }> {
  const start = now();
  const data = await readMarkdownJournalData();
  const { zip } = await exportInWorker(data, new Date().toISOString(), 'Grove journal');
  return { ms: now() - start, entries: data.entries.length, bytes: zip.length };
}

async function dayOneImport(count: number) {
  const bytes = dayOneZip(count);
  const stop = watchLongTasks();
  const start = now();
  const preview = await parseInWorker([{ name: 'Export-Journal.zip', bytes }]);
  const previewMs = now() - start;
  const outcome = await importPreviewedEntries(preview, { kind: 'daily', moodMap: {} });
  const importMs = now() - start - previewMs;
  const longTasks = stop();
  return { previewMs, importMs, added: outcome.added, longTasks };
}

export const importBenchApi = { markdownExport, dayOneImport };
