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
const handle = createSearchHost((response) => scope.postMessage(response));
scope.onmessage = (event) => handle(event.data);
