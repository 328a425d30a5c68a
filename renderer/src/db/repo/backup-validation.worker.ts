import { validateInPlace, type ValidationReply } from './backup-validation';

/** Checks one backup file's text off the main thread (see backup-validation.ts). */
interface WorkerScope {
  postMessage(message: ValidationReply): void;
  onmessage: ((event: MessageEvent<string>) => void) | null;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(validateInPlace(event.data));
