import type { InsightsRequest, InsightsResult, ReviewRequest, ReviewResult } from './compute';

type Reply =
  | { id: number; ok: true; result: InsightsResult | ReviewResult }
  | { id: number; ok: false; error: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (r: InsightsResult | ReviewResult) => void; reject: (e: Error) => void }
>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./insights.worker.ts', import.meta.url), {
    type: 'module',
    name: 'insights',
  });
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.result);
    else waiting.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values())
      waiting.reject(new Error(event.message || 'Insights could not be computed.'));
    pending.clear();
  };
  return worker;
}

function ask<T extends InsightsResult | ReviewResult>(
  body: InsightsRequest | ReviewRequest,
): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (r: InsightsResult | ReviewResult) => void, reject });
    getWorker().postMessage({ id, body });
  });
}

/** The roll-ups for a period, computed off the main thread. */
export const requestInsights = (body: InsightsRequest) => ask<InsightsResult>(body);
export const requestReview = (body: ReviewRequest) => ask<ReviewResult>(body);
