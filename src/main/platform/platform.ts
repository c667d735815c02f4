import type { Clock } from '../../shared/time/clock';
import type { Logger } from './logger';

/** What a host (Electron, or the Node harness) gives the services. */
export interface Platform {
  host: 'electron' | 'harness';
  version: string;
  clock: Clock;
  log: Logger;
  newId(): string;
  /** Opens a URL that main has already checked to be http(s) in the system browser. */
  openExternal(url: string): Promise<void>;
  /** A desktop notification. */
  notify(notification: { title: string; body: string }): void;
  /** Where main keeps its files besides the store (caches, the time ledger). */
  dataDir: string;
}
