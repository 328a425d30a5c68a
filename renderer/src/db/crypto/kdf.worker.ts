/// <reference lib="webworker" />
import { argon2idDirect, type KdfRequest } from './kdf';

/**
 * Argon2id off the main thread: 64 MiB and three passes take a quarter of a second or more, which
 * would freeze the lock screen's spinner and typing. One request at a time, answered by id.
 */
interface WorkerRequest extends KdfRequest {
  id: number;
}

self.onmessage = async (event: MessageEvent<WorkerRequest | { warm: true }>) => {
  // Warm-up: load and compile the WebAssembly while the person is still typing the passphrase.
  if ('warm' in event.data) {
    await import('hash-wasm');
    return;
  }
  const { id, ...request } = event.data;
  try {
    const key = await argon2idDirect(request);
    (self as unknown as Worker).postMessage({ id, key }, [key.buffer]);
  } catch (error) {
    (self as unknown as Worker).postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
