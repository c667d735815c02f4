import type { Logger } from './logger';

/** The part of Node's `process` the policy listens on (a plain EventEmitter in tests). */
export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

const describe = (e: unknown): string =>
  e instanceof Error ? `${e.name}: ${e.message}` : `non-error thrown: ${String(e)}`;

/**
 * What main does with an error nothing caught: log it, and lock the time box rather than let it
 * count on blind (its state may be what broke). The process stays up, so what the user wrote is
 * kept and the window still shows why its decks are locked. Returns a function that removes the
 * listeners again.
 */
export function installFatalErrorPolicy(
  proc: ProcessEvents,
  deps: { log: Logger; failClosed(reason: string): void },
): () => void {
  const handle = (kind: string) => (e: unknown) => {
    try {
      deps.log.error(`${kind}: ${describe(e)}`, e);
    } catch {
      // A logger that fails must not stop the lock below.
    }
    try {
      deps.failClosed(`${kind}: ${describe(e)}`);
    } catch (lockError) {
      console.error('could not lock the time box after an error', lockError);
    }
  };
  const onException = handle('uncaught exception');
  const onRejection = handle('unhandled rejection');
  proc.on('uncaughtException', onException);
  proc.on('unhandledRejection', onRejection);
  return () => {
    proc.off('uncaughtException', onException);
    proc.off('unhandledRejection', onRejection);
  };
}
