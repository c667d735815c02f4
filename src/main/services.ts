import { createAccountsService, type DemoBackend } from './accounts/accounts-service';
import type { RandomBytes } from './accounts/pkce';
import type { SecretVault } from './accounts/vault';
import { createXAccess } from './accounts/x-access';
import { createAppService, type NewNotice } from './app/app-service';
import { createDeckService } from './decks/deck-service';
import { createEventHub } from './ipc/events';
import { createIpcRouter, type Handlers } from './ipc/router';
import { createLinkService } from './links/link-service';
import type { Platform } from './platform/platform';
import { startSimulator, type Simulator } from './simulator';
import type { PersistedState } from './store/schema';
import type { StateStore } from './store/state-store';
import { callbackUrlFor } from '../shared/accounts/schema';
import { DEFAULT_PRICES } from '../shared/x/spend';
import { createCostTracker, createRateLimitTracker } from './x/trackers';

export interface ServiceOptions {
  platform: Platform;
  store: StateStore<PersistedState>;
  vault: SecretVault;
  random: RandomBytes;
  /** Notices from opening the stores (a recovered file, ...), shown once the window asks. */
  startupNotices?: NewNotice[];
  isTrustedSender(url: URL): boolean;
  /** The seed of demo mode's simulated world. */
  demoSeed?: string;
}

const DEMO_CLIENT_ID = 'timedeck-demo';

/**
 * Every main-process service, wired once. Both hosts call this: the Electron host with its
 * adapters, the harness with Node ones. Nothing here imports 'electron'.
 */
export async function createServices(options: ServiceOptions) {
  const { platform, store } = options;
  const events = createEventHub();
  const decks = createDeckService({ store, events, newId: platform.newId });
  const rateLimits = createRateLimitTracker();
  const costs = createCostTracker(() => DEFAULT_PRICES);

  // Demo mode (no client ID): X is the loopback simulator, on the app's own clock.
  let simulator: Simulator | null = null;
  if (store.get('xApp').clientId === null) {
    simulator = await startSimulator({
      clock: platform.clock,
      seed: options.demoSeed ?? 'timedeck',
      oauthClients: [
        {
          clientId: DEMO_CLIENT_ID,
          redirectUris: [callbackUrlFor(store.get('xApp').callbackPort)],
        },
      ],
    });
  }
  const demo: DemoBackend | null = simulator && {
    apiBaseUrl: simulator.url,
    clientId: DEMO_CLIENT_ID,
    tier: () => 'self-serve',
    accounts: [
      { username: simulator.accounts.brand.username, role: 'Brand' },
      { username: simulator.accounts.personal.username, role: 'Personal' },
    ],
    issueTokens: (username) => simulator!.issueTokens(username),
  };

  let xAccess: ReturnType<typeof createXAccess> | null = null;
  const accounts = createAccountsService({
    store,
    vault: options.vault,
    events,
    clock: platform.clock,
    random: options.random,
    log: platform.log,
    openExternal: platform.openExternal,
    fetchProfile: (_target, token) => xAccess!.profile(token),
    demo,
  });
  xAccess = createXAccess({ clock: platform.clock, rateLimits, costs, target: accounts.target });
  const app = createAppService(platform, events, () => accounts.target().demo);

  const handlers: Handlers = {
    app: app.handlers,
    decks: decks.decks,
    columns: decks.columns,
    accounts: accounts.accounts,
    settings: accounts.settings,
    links: createLinkService(platform),
  };
  const router = createIpcRouter(handlers, {
    isTrustedSender: options.isTrustedSender,
    log: platform.log,
  });
  options.startupNotices?.forEach(app.notify);
  await accounts.ensureDemoAccounts().catch((e: unknown) => {
    platform.log.error('demo accounts could not be signed in', e);
    app.notify({
      level: 'error',
      message: 'The demo accounts could not be signed in to the simulator.',
    });
  });

  return {
    router,
    events,
    notify: app.notify,
    simulator,
    async close() {
      await simulator?.close();
    },
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
