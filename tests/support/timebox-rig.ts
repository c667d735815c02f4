import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openNodeStore } from '../../src/harness/node-store';
import { createEventHub, type EventHub } from '../../src/main/ipc/events';
import { createIpcRouter, type Handlers } from '../../src/main/ipc/router';
import { silentLogger, type Logger } from '../../src/main/platform/logger';
import {
  createSettablePresence,
  presentState,
  type PresenceSource,
} from '../../src/main/platform/presence';
import { createTimeboxService } from '../../src/main/timebox/timebox-service';
import { invokeChannels } from '../../src/shared/ipc/contract';
import { FakeClock } from '../../src/shared/time/clock';

/** Monday 2026-11-23, 09:00 in Berlin: a fresh day with the whole (30-minute) budget left. */
export const MONDAY_MORNING = Date.parse('2026-11-23T08:00:00Z');
/** The page the router trusts in these tests. */
export const OWN_PAGE = 'file:///app/index.html';

/**
 * A started time box service over a real store file in a fresh folder, on a fake clock, with
 * the user present: what the fail-closed tests break on purpose. Stop the service when done.
 */
export function bootTimebox(
  options: {
    events?: EventHub;
    presence?: PresenceSource;
    log?: Logger;
    /** A folder a previous boot used: a restart of the app on what it left on disk. */
    dataDir?: string;
    /** Where the fake clock starts (MONDAY_MORNING unless said). */
    now?: number;
    /** Hears each stretch the ledger counts (the inbox's minutes per conversation). */
    onCounted?(stretch: { from: number; to: number }): void;
  } = {},
) {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-timebox-'));
  const clock = new FakeClock(options.now ?? MONDAY_MORNING);
  const { store } = openNodeStore(dataDir, clock.now);
  const events = options.events ?? createEventHub();
  const notices: string[] = [];
  let lockChanges = 0;
  const service = createTimeboxService({
    clock,
    log: options.log ?? silentLogger,
    events,
    store,
    presence: options.presence ?? createSettablePresence(presentState),
    dataDir,
    systemTimeZone: 'Europe/Berlin',
    newId: () => `id-${Math.random()}`,
    notify: () => {},
    notice: (n) => notices.push(n.message),
    onLocksChanged: () => lockChanges++,
    spendOn: () => ({ postsRead: 0, dollars: 0 }),
    ...(options.onCounted ? { onCounted: options.onCounted } : {}),
  });
  service.start();
  return { dataDir, clock, store, events, service, notices, lockChanges: () => lockChanges };
}

/** The real router with the time box's channels answered by its service, the others by null. */
export function timeboxRouter(service: ReturnType<typeof bootTimebox>['service']) {
  const handlers: Record<string, Record<string, (r: unknown) => unknown>> = {};
  for (const c of invokeChannels) {
    handlers[c.group] ??= {};
    handlers[c.group]![c.method] =
      c.group === 'timebox'
        ? (service.handlers as unknown as Record<string, (r: unknown) => unknown>)[c.method]!
        : () => null;
  }
  return createIpcRouter(handlers as unknown as Handlers, {
    isTrustedSender: (u) => u.href === OWN_PAGE,
    log: silentLogger,
  });
}
