import { createAppService, type NewNotice } from './app/app-service';
import { createDeckService } from './decks/deck-service';
import { createEventHub } from './ipc/events';
import { createIpcRouter, type Handlers } from './ipc/router';
import { createLinkService } from './links/link-service';
import type { Platform } from './platform/platform';
import type { PersistedState } from './store/schema';
import type { StateStore } from './store/state-store';

export interface ServiceOptions {
  platform: Platform;
  store: StateStore<PersistedState>;
  /** Notices from opening the stores (a recovered file, ...), shown once the window asks. */
  startupNotices?: NewNotice[];
  isTrustedSender(url: URL): boolean;
  demo: boolean;
}

/**
 * Every main-process service, wired once. Both hosts call this: the Electron host with its
 * adapters, the harness with Node ones. Nothing here imports 'electron'.
 */
export function createServices(options: ServiceOptions) {
  const { platform, store } = options;
  const events = createEventHub();
  const app = createAppService(platform, events, options.demo);
  const decks = createDeckService({ store, events, newId: platform.newId });

  const handlers: Handlers = {
    app: app.handlers,
    decks: decks.decks,
    columns: decks.columns,
    links: createLinkService(platform),
  };
  const router = createIpcRouter(handlers, {
    isTrustedSender: options.isTrustedSender,
    log: platform.log,
  });
  options.startupNotices?.forEach(app.notify);

  return { router, events, notify: app.notify };
}

export type Services = ReturnType<typeof createServices>;
