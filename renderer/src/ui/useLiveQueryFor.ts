import { useLiveQuery } from 'dexie-react-hooks';

/**
 * A live query whose answer is only used for the inputs it was computed from.
 *
 * `useLiveQuery` keeps returning the previous answer while the query for new inputs runs. That is
 * right for a list that should not flicker, and wrong for an answer that is acted on: a summary
 * saved a moment after the period changed would be the old period's. `value` is therefore the
 * answer for `key` or undefined while it is being computed; `latest` is whatever was last computed,
 * for showing (dimmed) in the meantime.
 */
export function useLiveQueryFor<T>(
  query: () => Promise<T> | T,
  key: string,
): { value: T | undefined; latest: T | undefined } {
  const result = useLiveQuery(async () => ({ key, value: await query() }), [key]);
  return { value: result?.key === key ? result.value : undefined, latest: result?.value };
}
