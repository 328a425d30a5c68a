import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { COACH_RESPONSE_LIMITS } from '../../../shared/formats/coach-response';
import { useUiStore } from './ui-store';

const hasFiles = (event: DragEvent) => !!event.dataTransfer?.types.includes('Files');
const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024 / 1024))} MB`;

/**
 * A file dropped anywhere on the window: a coach's response, taken in on Export & backup. The
 * browser's own handling (opening the file in place of the app) is always prevented, the file is
 * read here in the renderer — refused unread when too large — and only its text is handed on,
 * to be checked completely before anything is written. Drags of text (into the editor) are left
 * alone.
 */
export function useFileDrop(): void {
  const [, navigate] = useLocation();
  const setDroppedFile = useUiStore((s) => s.setDroppedFile);
  const notify = useUiStore((s) => s.notify);

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      // Captured before the editor sees it: a dropped file is never pasted into an entry.
      event.stopPropagation();
      const files = event.dataTransfer?.files;
      if (!files || files.length === 0) return;
      if (files.length > 1) {
        notify('Drop one coach response file at a time.', 'error');
        return;
      }
      const file = files[0]!;
      if (file.size > COACH_RESPONSE_LIMITS.fileBytes) {
        notify(
          `${file.name} is ${mb(file.size)}; a coach response is at most ${mb(COACH_RESPONSE_LIMITS.fileBytes)}. Nothing was changed.`,
          'error',
        );
        return;
      }
      file.text().then(
        (text) => {
          setDroppedFile({ fileName: file.name, text });
          navigate('/export');
        },
        () => notify(`Could not read ${file.name}. Nothing was changed.`, 'error'),
      );
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [navigate, notify, setDroppedFile]);
}
