import { createSearchHost } from './searchHost';
import type { SearchRequest, SearchResponse } from './search-protocol';

/**
 * The search worker: builds and queries the full-text index off the main thread, so ranking
 * thousands of candidates for a short prefix never delays a keystroke or a frame.
 */
interface WorkerScope {
  postMessage(message: SearchResponse): void;
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

/**
 * Tasks in order through a message channel: a chain of `setTimeout(0)` is clamped to 4 ms a hop
 * once nested, which would idle the worker between every slice of the index build.
 */
const tasks: (() => void)[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => tasks.shift()?.();
function schedule(run: () => void): void {
  tasks.push(run);
  channel.port2.postMessage(null);
}

const handle = createSearchHost((response) => scope.postMessage(response), schedule);
scope.onmessage = (event) => handle(event.data);
