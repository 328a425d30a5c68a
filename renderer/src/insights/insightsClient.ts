import type { InsightsRequest, InsightsResult, ReviewRequest, ReviewResult } from './compute';

type Result = InsightsResult | ReviewResult;
type Reply = { id: number; ok: true; result: Result } | { id: number; ok: false; error: string };

/** The worker failed to start or crashed: its work is done on the main thread from then on. */
class WorkerUnavailable extends Error {}

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();

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
  worker.onerror = () => {
    workerBroken = true;
    worker?.terminate();
    worker = null;
    for (const waiting of pending.values()) waiting.reject(new WorkerUnavailable());
    pending.clear();
  };
  return worker;
}

function inWorker(body: InsightsRequest | ReviewRequest): Promise<Result> {
  const id = nextId++;
  return new Promise<Result>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    try {
      getWorker().postMessage({ id, body });
    } catch {
      pending.delete(id);
      workerBroken = true;
      reject(new WorkerUnavailable());
    }
  });
}

/** The same computation on the main thread: slower to share the screen with, but always there. */
async function onMainThread(body: InsightsRequest | ReviewRequest): Promise<Result> {
  const compute = await import('./compute');
  return body.type === 'insights' ? compute.computeInsights(body) : compute.computeReview(body);
}

async function ask<T extends Result>(body: InsightsRequest | ReviewRequest): Promise<T> {
  if (!workerBroken) {
    try {
      return (await inWorker(body)) as T;
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  return (await onMainThread(body)) as T;
}

/** The roll-ups for a period, computed off the main thread (on it if no worker can start). */
export const requestInsights = (body: InsightsRequest) => ask<InsightsResult>(body);
export const requestReview = (body: ReviewRequest) => ask<ReviewResult>(body);
