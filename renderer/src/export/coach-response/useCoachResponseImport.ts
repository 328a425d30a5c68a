import { useCallback, useState } from 'react';
import type { PlannedFeedback } from '../../../../shared/domain/coach-feedback';
import {
  COACH_RESPONSE_LIMITS,
  type CoachResponse,
} from '../../../../shared/formats/coach-response';
import { readCoachResponse } from '../../../../shared/formats/read-coach-response';
import {
  importCoachFeedback,
  previewCoachResponse,
  type FeedbackImportResult,
} from '../../db/repo/coachResponses';
import type { ExportedSummary } from '../../../../shared/domain/coach-feedback';
import { platform } from '../../platform';

export type ResponseImportState =
  | { step: 'idle' }
  | { step: 'checking' }
  | {
      step: 'preview';
      fileName: string;
      response: CoachResponse;
      record: ExportedSummary;
      items: PlannedFeedback[];
    }
  | { step: 'writing' }
  | { step: 'done'; fileName: string; result: FeedbackImportResult }
  | { step: 'error'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** Every failure leaves the journal as it was (checks first, one transaction): say so once. */
const unchanged = (message: string) =>
  message.includes('Nothing was changed') ? message : `${message} Nothing was changed.`;

/**
 * Taking in a coach's response: the file is read and checked completely (format, and that it
 * answers one of this person's saved summaries), every comment is shown beside what it is about,
 * and only the chosen ones are written, in one transaction. Nothing is written before "Import".
 */
export function useCoachResponseImport() {
  const [state, setState] = useState<ResponseImportState>({ step: 'idle' });

  const takeText = useCallback(async (fileName: string, text: string) => {
    setState({ step: 'checking' });
    try {
      const response = readCoachResponse(text);
      const { record, items } = await previewCoachResponse(response);
      setState({ step: 'preview', fileName, response, record, items });
    } catch (error) {
      setState({ step: 'error', message: unchanged(`${fileName}: ${messageOf(error)}`) });
    }
  }, []);

  const chooseFile = async () => {
    setState({ step: 'checking' });
    try {
      const opened = await platform.openFile({
        filters: [{ name: 'Coach response', extensions: ['json'] }],
        maxBytes: COACH_RESPONSE_LIMITS.fileBytes,
      });
      if (!opened.opened) return setState({ step: 'idle' });
      await takeText(opened.fileName, opened.content);
    } catch (error) {
      setState({ step: 'error', message: unchanged(messageOf(error)) });
    }
  };

  const confirm = async (keys: readonly string[]) => {
    if (state.step !== 'preview') return;
    const { fileName, response } = state;
    setState({ step: 'writing' });
    try {
      const result = await importCoachFeedback(response, keys);
      setState({ step: 'done', fileName, result });
    } catch (error) {
      setState({ step: 'error', message: unchanged(`${fileName}: ${messageOf(error)}`) });
    }
  };

  const reset = () => setState({ step: 'idle' });
  return { state, takeText, chooseFile, confirm, reset };
}
