/** Hard limits that keep one record from starving the UI or the database. */
export const LIMITS = {
  titleLength: 300,
  bodyLength: 2_000_000,
  answerLength: 200_000,
  tagLength: 60,
  tagsPerRecord: 50,
  shortText: 5_000,
  /** An imported entry's `importSource`. */
  importSourceLength: 1_000,
  longText: 200_000,
} as const;
