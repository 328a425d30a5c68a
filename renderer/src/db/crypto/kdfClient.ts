import { setKdfDeriver, type KdfRequest } from './kdf';

let warm: (() => void) | null = null;

/** Starts the worker and compiles Argon2id ahead of need (the lock screen calls it on show). */
export function warmKdf(): void {
  warm?.();
}

/** Installs a deriver that runs Argon2id in a dedicated Web Worker (browser and desktop). */
export function installKdfWorker(): void {
  if (typeof Worker === 'undefined') return;
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (k: Uint8Array) => void; reject: (e: Error) => void }
  >();
  const getWorker = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; key?: Uint8Array; error?: string }>) => {
      const entry = pending.get(event.data.id);
      if (!entry) return;
      pending.delete(event.data.id);
      if (event.data.key) entry.resolve(event.data.key);
      else entry.reject(new Error(event.data.error ?? 'Key derivation failed.'));
    };
    worker.onerror = (event) => {
      for (const entry of pending.values()) entry.reject(new Error(event.message));
      pending.clear();
      worker = null;
    };
    return worker;
  };
  warm = () => getWorker().postMessage({ warm: true });
  setKdfDeriver(
    (request: KdfRequest) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        getWorker().postMessage({ id, ...request });
      }),
  );
}
