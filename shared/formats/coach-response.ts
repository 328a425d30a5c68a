import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '../domain/records';

/**
 * A coach's answer to a coach summary: written in the summary's own web page (or in Grove's
 * viewer), saved as a file, and taken back in by the person as "Feedback received" entries.
 * It names the summary it answers by a content hash, so Grove can tell it answers one of the
 * person's own summaries, exactly as they saved it.
 */
export const COACH_RESPONSE_FORMAT = 'grove.coach-response';
export const COACH_RESPONSE_VERSION = 1;

/** What a coach may mark a comment as; each becomes a tag on the imported entry. */
export const COACH_MARKS = ['try-this', 'keep-doing', 'question'] as const;
export type CoachMark = (typeof COACH_MARKS)[number];
export const COACH_MARK_LABELS: Record<CoachMark, string> = {
  'try-this': 'Try this',
  'keep-doing': 'Keep doing',
  question: 'Question',
};

export const COACH_RESPONSE_LIMITS = {
  nameLength: 120,
  commentLength: 20_000,
  comments: 1_000,
  /** A response is words typed by one person: files larger than this are refused unread. */
  fileBytes: 5 * 1024 * 1024,
} as const;

/** `sha256:` and 64 lowercase hex digits: the SHA-256 of the summary's canonical JSON. */
export const summaryHashSchema = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lowercase hex digits');

export const commentAboutSchema = z.strictObject({
  type: z.enum(['objective', 'entry']),
  id: idSchema,
});
export type CommentAbout = z.infer<typeof commentAboutSchema>;

export const coachCommentSchema = z
  .strictObject({
    about: commentAboutSchema.describe('The objective or shared entry of the summary it is about.'),
    mark: z.enum(COACH_MARKS).nullable(),
    text: z.string().max(COACH_RESPONSE_LIMITS.commentLength),
  })
  .refine((c) => c.text.trim() !== '' || c.mark !== null, {
    message: 'needs a comment or a mark',
    path: ['text'],
  });
export type CoachComment = z.infer<typeof coachCommentSchema>;

export const coachResponseV1Schema = z
  .strictObject({
    format: z.literal(COACH_RESPONSE_FORMAT),
    version: z.literal(1),
    responseId: idSchema.describe(
      'Made once per response draft; saving the same draft again keeps it, so importing twice adds nothing.',
    ),
    respondedAt: isoDateTimeSchema,
    responder: z.strictObject({
      name: z
        .string()
        .trim()
        .min(1, 'needs the name of who responded')
        .max(COACH_RESPONSE_LIMITS.nameLength),
    }),
    summary: z
      .strictObject({
        hash: summaryHashSchema,
        owner: z.strictObject({ name: z.string().max(COACH_RESPONSE_LIMITS.nameLength) }),
        period: z.strictObject({ from: isoDateSchema, to: isoDateSchema }),
        generatedAt: isoDateTimeSchema,
      })
      .describe('The summary this answers, as written in it.'),
    comments: z.array(coachCommentSchema).max(COACH_RESPONSE_LIMITS.comments),
    overallNote: z.string().max(COACH_RESPONSE_LIMITS.commentLength),
  })
  .meta({
    title: 'Grove coach response, format version 1',
    description:
      "A coach's comments on a Grove coach summary, each keyed to an objective or shared entry of that summary. Dates are ISO 8601.",
  });
export type CoachResponse = z.infer<typeof coachResponseV1Schema>;

/** The key of a comment within its response (one comment per objective or entry). */
export const commentKey = (about: CommentAbout) => `${about.type}:${about.id}`;
export const OVERALL_KEY = 'overall';

export const responseFileName = (summary: { period: { from: string; to: string } }) =>
  `grove-coach-response-${summary.period.from}-to-${summary.period.to}.json`;

/** What a coach typed, before it becomes a file: one comment per key, and the overall note. */
export interface ResponseDraft {
  responseId: string;
  responder: string;
  overallNote: string;
  comments: Record<string, { mark: CoachMark | null; text: string }>;
}

/**
 * Builds the response file from a draft (Grove's own viewer; the standalone page's script does
 * the same in plain JavaScript). Empty comments are left out; keys name what they are about.
 */
export function buildCoachResponse(
  draft: ResponseDraft,
  summary: CoachResponse['summary'],
  respondedAt: string,
): CoachResponse {
  const comments: CoachComment[] = [];
  for (const [key, value] of Object.entries(draft.comments)) {
    const [type, id] = key.split(':');
    if ((type !== 'objective' && type !== 'entry') || !id) continue;
    if (value.text.trim() === '' && value.mark === null) continue;
    comments.push({ about: { type, id }, mark: value.mark, text: value.text.trim() });
  }
  return {
    format: COACH_RESPONSE_FORMAT,
    version: COACH_RESPONSE_VERSION,
    responseId: draft.responseId,
    respondedAt,
    responder: { name: draft.responder.trim() },
    summary,
    comments,
    overallNote: draft.overallNote.trim(),
  };
}
