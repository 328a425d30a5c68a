/// <reference lib="webworker" />
import {
  computeInsights,
  computeReview,
  type InsightsRequest,
  type ReviewRequest,
} from './compute';

/**
 * The Insights worker: reads the period's entries through the repository (IndexedDB is available
 * in workers) and computes the roll-ups, so a ten-year journal never blocks the screen. Allowed by
 * the CSP's `worker-src 'self'`.
 */
type Request = { id: number; body: InsightsRequest | ReviewRequest };

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, body } = event.data;
  try {
    const result =
      body.type === 'insights' ? await computeInsights(body) : await computeReview(body);
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    self.postMessage({
      id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
