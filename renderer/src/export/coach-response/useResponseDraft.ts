import { useCallback, useState } from 'react';
import type { CoachMark, ResponseDraft } from '../../../../shared/formats/coach-response';

/**
 * A coach's response in progress in Grove's own viewer. It is never journal data (responding
 * never touches the journal), so it lives in localStorage under the summary's hash — the same
 * key the standalone page uses — and survives closing the viewer.
 */
const keyFor = (summaryHash: string) => `grove.coach-response.draft:${summaryHash}`;

const emptyDraft = (): ResponseDraft => ({
  responseId: crypto.randomUUID(),
  responder: '',
  overallNote: '',
  comments: {},
});

function load(summaryHash: string): ResponseDraft {
  try {
    const raw = localStorage.getItem(keyFor(summaryHash));
    if (!raw) return emptyDraft();
    const parsed = JSON.parse(raw) as Partial<ResponseDraft>;
    if (typeof parsed.responseId !== 'string') return emptyDraft();
    return {
      responseId: parsed.responseId,
      responder: typeof parsed.responder === 'string' ? parsed.responder : '',
      overallNote: typeof parsed.overallNote === 'string' ? parsed.overallNote : '',
      comments: parsed.comments && typeof parsed.comments === 'object' ? parsed.comments : {},
    };
  } catch {
    return emptyDraft();
  }
}

export function useResponseDraft(summaryHash: string) {
  const [draft, setDraft] = useState<ResponseDraft>(() => load(summaryHash));
  const update = useCallback(
    (change: (draft: ResponseDraft) => ResponseDraft) => {
      setDraft((previous) => {
        const next = change(previous);
        try {
          localStorage.setItem(keyFor(summaryHash), JSON.stringify(next));
        } catch {
          // Storage full or refused: the draft stays in memory until it is saved as a file.
        }
        return next;
      });
    },
    [summaryHash],
  );
  const setComment = useCallback(
    (key: string, part: { mark?: CoachMark | null; text?: string }) =>
      update((d) => ({
        ...d,
        comments: {
          ...d.comments,
          [key]: { mark: null, text: '', ...d.comments[key], ...part },
        },
      })),
    [update],
  );
  return { draft, update, setComment };
}
