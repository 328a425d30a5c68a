import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { IpcChannel, IpcContract } from '../../shared/ipc/contract';
import { ipcArgSchemas } from '../../shared/ipc/schemas';
import { fail, type Envelope } from '../../shared/util/result';
import { isTrustedUrl } from './security';

export type IpcHandlers = {
  [C in IpcChannel]: (
    ...args: IpcContract[C]['args']
  ) => Promise<Envelope<IpcContract[C]['result']>> | Envelope<IpcContract[C]['result']>;
};

/** The minimum of an invoke event this module reads, so tests can build one without Electron. */
export type SenderInfo = Pick<IpcMainInvokeEvent, 'senderFrame'> & {
  sender: Pick<IpcMainInvokeEvent['sender'], 'mainFrame'>;
};

/**
 * A message is acted on only when it comes from the app's own page in its top-level frame: an
 * iframe (should one ever appear) or a page that navigated elsewhere cannot use the bridge.
 */
export function isTrustedSender(event: SenderInfo, origins: readonly string[]): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame !== event.sender.mainFrame || frame.parent !== null) return false;
  return isTrustedUrl(frame.url, origins);
}

export interface IpcLogger {
  warn: (message: string) => void;
}

/** Checks sender and payload, then runs the handler; every outcome is an envelope. */
export async function dispatchIpc<C extends IpcChannel>(
  channel: C,
  event: SenderInfo,
  rawArgs: unknown[],
  handlers: IpcHandlers,
  origins: readonly string[],
  logger: IpcLogger,
): Promise<Envelope<IpcContract[C]['result']>> {
  if (!Object.hasOwn(ipcArgSchemas, channel)) {
    logger.warn(`IPC refused: unknown channel ${String(channel)}`);
    return fail('unknown-channel', 'Unknown request.');
  }
  if (!isTrustedSender(event, origins)) {
    logger.warn(`IPC refused on ${channel}: sender is not the app's own top-level page`);
    return fail('invalid-sender', 'This request did not come from Grove itself.');
  }
  const parsed = ipcArgSchemas[channel].safeParse(rawArgs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'arguments';
    logger.warn(`IPC refused on ${channel}: invalid payload at ${where}`);
    return fail('invalid-payload', `Invalid request: ${where} ${issue?.message ?? 'is invalid'}.`);
  }
  try {
    const handler = handlers[channel] as (...args: unknown[]) => ReturnType<IpcHandlers[C]>;
    return await handler(...(parsed.data as unknown[]));
  } catch (error) {
    logger.warn(`IPC handler for ${channel} failed: ${String(error)}`);
    return fail('internal', 'Something went wrong in the desktop shell.');
  }
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  origins: readonly string[],
  logger: IpcLogger,
): void {
  for (const channel of Object.keys(ipcArgSchemas) as IpcChannel[]) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      dispatchIpc(channel, event, args, handlers, origins, logger),
    );
  }
}
