import { create } from 'zustand';
import type { ObjectiveReviewInput } from '../../../shared/domain/oneonones/review-form';

/**
 * UI state: what was typed in a review's objectives part (progress, confidence, status) and not
 * applied yet, per review and objective, so leaving the page and coming back keeps it for the
 * session. The answers themselves are stored as they are typed (see `saveReviewAnswers`).
 */
interface ReviewInputsState {
  inputs: Record<string, Record<string, Partial<ObjectiveReviewInput>>>;
  setInput: (reviewKey: string, objectiveId: string, change: Partial<ObjectiveReviewInput>) => void;
  clear: (reviewKey: string) => void;
}

export const useReviewInputs = create<ReviewInputsState>()((set) => ({
  inputs: {},
  setInput: (reviewKey, objectiveId, change) =>
    set((state) => {
      const review = state.inputs[reviewKey] ?? {};
      return {
        inputs: {
          ...state.inputs,
          [reviewKey]: { ...review, [objectiveId]: { ...review[objectiveId], ...change } },
        },
      };
    }),
  clear: (reviewKey) =>
    set((state) => {
      const { [reviewKey]: _dropped, ...rest } = state.inputs;
      return { inputs: rest };
    }),
}));
