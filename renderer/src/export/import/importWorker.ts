import { runWork } from './work';
import type { WorkerRequest } from './worker-protocol';

/**
 * Parsing a ten-year export (unzipping, JSON, CSV, YAML) and building the Markdown zip take
 * hundreds of milliseconds: here, off the main thread, so typing and the progress bar stay smooth.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const response = runWork(event.data);
  scope.postMessage(
    response,
    response.ok && response.type === 'export' ? [response.zip.buffer] : [],
  );
};
