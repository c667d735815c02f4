import path from 'node:path';
import { callbackUrlFor } from '../shared/accounts/schema';
import { decodeXEscapes } from '../shared/posts/x-text';
import { DEFAULT_PRICES } from '../shared/x/spend';
import type { Post, XUser } from '../shared/x/types';
import { createAccountsService, type DemoBackend } from './accounts/accounts-service';
import type { RandomBytes } from './accounts/pkce';
import type { SecretVault } from './accounts/vault';
import { createXAccess } from './accounts/x-access';
import { createAppService, type NewNotice } from './app/app-service';
import { AppFailure } from './errors';
import { createColumnContent } from './columns/column-content';
import { fetchSourcePage } from './columns/fetch-source';
import { createColumnPoller } from './columns/poller';
import { createPostCache } from './columns/post-cache';
import { bindDemoLayout } from './decks/demo-layout';
import { createDeckService } from './decks/deck-service';
import { createEventHub } from './ipc/events';
import { createIpcRouter, type Handlers } from './ipc/router';
import { createLinkService } from './links/link-service';
import type { Platform } from './platform/platform';
import type { PresenceSource } from './platform/presence';
import { createTimeboxService } from './timebox/timebox-service';
import { createPostService } from './posts/post-service';
import type { Simulator } from '../simulator';
import { createSpendService, ledgerToJson, loadCostLedger } from './spend/spend-service';
import type { PersistedState } from './store/schema';
import type { StateStore } from './store/state-store';
import { utcDay } from './x/costs';
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
  /** Whether the user is really there (window, idle, suspend, lock): what the time box counts. */
  presence: PresenceSource;
}

const DEMO_CLIENT_ID = 'timedeck-demo';

/**
 * Every main-process service, wired once. Both hosts call this: the Electron host with its
 * adapters, the harness with Node ones. Nothing here imports 'electron'.
 */
export async function createServices(options: ServiceOptions) {
  const { platform, store } = options;
  const { clock, log } = platform;
  const events = createEventHub();
  const decks = createDeckService({ store, events, newId: platform.newId });
  const rateLimits = createRateLimitTracker();
  const spendFile = loadCostLedger(path.join(platform.dataDir, 'spend.json'), clock, log);
  const costs = createCostTracker(() => DEFAULT_PRICES, spendFile.ledger);

  // Demo mode (no client ID): X is the loopback simulator, on the app's own clock.
  let simulator: Simulator | null = null;
  if (store.get('xApp').clientId === null) {
    // Loaded only in demo mode: the app a user runs against X does not carry the simulator.
    const { startSimulator } = await import('../simulator');
    simulator = await startSimulator({
      clock,
      seed: options.demoSeed ?? 'timedeck',
      oauthClients: [
        {
          clientId: DEMO_CLIENT_ID,
          redirectUris: [callbackUrlFor(store.get('xApp').callbackPort)],
        },
      ],
    });
  }
  const sim = simulator;
  const demo: DemoBackend | null = sim && {
    apiBaseUrl: sim.url,
    clientId: DEMO_CLIENT_ID,
    tier: () => 'self-serve',
    accounts: [
      { username: sim.accounts.brand.username, role: 'Brand' },
      { username: sim.accounts.personal.username, role: 'Personal' },
    ],
    issueTokens: (username) => sim.issueTokens(username),
  };

  let xAccess: ReturnType<typeof createXAccess> | null = null;
  const accounts = createAccountsService({
    store,
    vault: options.vault,
    events,
    clock,
    random: options.random,
    log,
    openExternal: platform.openExternal,
    fetchProfile: (_target, token) => xAccess!.profile(token),
    demo,
  });
  const access = createXAccess({ clock, rateLimits, costs, target: accounts.target });
  xAccess = access;
  const asAccount: Parameters<typeof createPostService>[0]['asAccount'] = (accountId, call) =>
    access.run(accounts.sessions, accountId, call);

  // A store that has never held time box settings or an account is a first start. One from
  // before the first-run sheet existed (firstRunDone absent) is not: those users never see it.
  if (
    store.get('firstRunDone') === undefined &&
    (store.get('timebox') !== null || store.get('accounts').length > 0)
  )
    store.set('firstRunDone', true);
  let timeboxForFirstRun: { adoptFirstRunBudget(minutes: number): void } | null = null;
  const app = createAppService(platform, events, () => accounts.target().demo, {
    pending: () => store.get('firstRunDone') !== true,
    finish(answer) {
      if (answer.dailyMinutes !== undefined)
        timeboxForFirstRun?.adoptFirstRunBudget(answer.dailyMinutes);
      store.set('firstRunDone', true);
    },
  });
  const spend = createSpendService({
    costs,
    store,
    clock,
    events,
    accountIds: () => store.get('accounts').map((a) => a.id),
    persist: (ledger) => spendFile.file.schedule(() => ledgerToJson(ledger)),
  });

  let wakePoller = () => {};
  const timebox = createTimeboxService({
    clock,
    log,
    events,
    store,
    presence: options.presence,
    dataDir: platform.dataDir,
    systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    newId: platform.newId,
    notify: platform.notify,
    notice: app.notify,
    onLocksChanged: () => wakePoller(),
    spendOn: (day) => {
      const all = costs.allDays().filter((d) => d.day === day);
      return {
        postsRead: all.reduce((n, d) => n + d.postsRead, 0),
        dollars: all.reduce((n, d) => n + d.dollars, 0),
      };
    },
  });
  timeboxForFirstRun = timebox;

  const readsByDay = new Map<string, Map<string, number>>();
  const poller = createColumnPoller({
    clock,
    random: Math.random,
    log,
    events,
    content: createColumnContent(),
    cache: createPostCache({ file: path.join(platform.dataDir, 'columns-cache.json'), clock, log }),
    decks: () => store.get('decks'),
    rateLimits: () => rateLimits.state(),
    accountState: (id) => store.get('accounts').find((a) => a.id === id)?.state ?? 'missing',
    fetchPage: (accountId, source, page) =>
      asAccount(accountId, (c) => fetchSourcePage(c, accountId, source, page)),
    lookupUser: (accountId, username) => asAccount(accountId, (c) => c.userByUsername(username)),
    // The time box first: a locked deck costs no request at all.
    gate: (deckId) =>
      timebox.gate(deckId) ??
      (spend.capReached()
        ? {
            state: 'spend-cap',
            message:
              'The monthly API spend cap is reached: columns stopped polling. Raise the cap in Accounts to resume.',
          }
        : null),
    onReads(columnIds, count) {
      const day = utcDay(clock.now());
      const counts = readsByDay.get(day) ?? new Map<string, number>();
      readsByDay.clear();
      readsByDay.set(day, counts);
      for (const id of columnIds) counts.set(id, (counts.get(id) ?? 0) + count);
    },
    readsToday: (columnId) => readsByDay.get(utcDay(clock.now()))?.get(columnId) ?? 0,
    notify: (column, posts, users) => platform.notify(describeNewPosts(column.title, posts, users)),
    onShown: (column, count) => {
      if (column.accountId) timebox.recordSeen(column.accountId, count);
    },
  });
  wakePoller = () => poller.wake();

  const lockedColumn = (columnId: string) =>
    store
      .get('decks')
      .decks.some((d) => timebox.isLocked(d.id) && d.columns.some((c) => c.id === columnId));

  const postService = createPostService({
    store,
    asAccount,
    accountExists: (id) => store.get('accounts').some((a) => a.id === id),
    lockedFor: () => timebox.postRefusal(),
    onSent: (accountId, reply) => timebox.recordSent(accountId, reply),
  });

  const handlers: Handlers = {
    app: app.handlers,
    decks: decks.decks,
    columns: {
      ...decks.columns,
      // A locked deck's posts are not read out, not even from the cache.
      snapshot: () => poller.snapshot((columnId) => !lockedColumn(columnId)),
      refresh: ({ columnId }) => {
        if (lockedColumn(columnId))
          throw new AppFailure(
            'locked',
            'This deck is locked: nothing is read until it opens again.',
          );
        poller.refresh(columnId);
        return null;
      },
      clear: ({ columnId }) => (poller.clear(columnId), null),
      markRead: ({ columnId, postId }) => (poller.markRead(columnId, postId), null),
    },
    accounts: accounts.accounts,
    settings: accounts.settings,
    posts: postService.posts,
    drafts: postService.drafts,
    spend: spend.handlers,
    timebox: timebox.handlers,
    links: createLinkService(platform),
  };
  const router = createIpcRouter(handlers, { isTrustedSender: options.isTrustedSender, log });
  options.startupNotices?.forEach(app.notify);

  await accounts.ensureDemoAccounts().catch((e: unknown) => {
    log.error('demo accounts could not be signed in', e);
    app.notify({
      level: 'error',
      message: 'The demo accounts could not be signed in to the simulator.',
    });
  });
  if (sim && accounts.target().demo) {
    const { brand, personal } = sim.accounts;
    store.set(
      'decks',
      bindDemoLayout(store.get('decks'), {
        brandId: brand.id,
        brandUsername: brand.username,
        personalId: personal.id,
      }),
    );
  }
  // Edits of the layout and changes of accounts re-plan the polling at once.
  events.subscribe((event) => {
    if (event === 'decks.changed' || event === 'accounts.changed' || event === 'spend.changed')
      poller.wake();
  });
  timebox.start();
  poller.start();

  return {
    router,
    events,
    notify: app.notify,
    simulator,
    async close() {
      timebox.stop();
      poller.stop();
      spendFile.file.flush();
      await simulator?.close();
    },
  };
}

function describeNewPosts(
  title: string,
  posts: readonly Post[],
  users: ReadonlyMap<string, XUser>,
) {
  const first = posts[0]!;
  const author = users.get(first.authorId)?.username;
  return {
    title: posts.length === 1 ? `${title}: a new post` : `${title}: ${posts.length} new posts`,
    body: `${author ? `@${author}: ` : ''}${decodeXEscapes(first.text)}`.slice(0, 200),
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
