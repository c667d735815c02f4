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
import { columnArchive, importColumnsCache } from './columns/column-archive';
import type { OpenDriver } from './library/driver';
import { openLibrary } from './library/library';
import { bindDemoLayout } from './decks/demo-layout';
import { createDeckService } from './decks/deck-service';
import { DEFAULT_RESET_HOUR } from '../shared/timebox/constants';
import { createInboxService } from './inbox/inbox-service';
import { createPeopleService } from './people/people-service';
import { createOutcomesService } from './outcomes/outcomes-service';
import { createBalanceService } from './outcomes/balance-service';
import { BrandSettingsSchema } from '../shared/outcomes/balance-schema';
import { createAnswersService } from './answers/answers-service';
import { inboxCsvColumns } from './inbox/day-metrics';
import { wantsInboxNotice } from './inbox/notice-wanted';
import { createEventHub } from './ipc/events';
import { createIpcRouter, type Handlers } from './ipc/router';
import { createLinkService } from './links/link-service';
import type { Platform } from './platform/platform';
import type { PresenceSource } from './platform/presence';
import { createTimeboxService } from './timebox/timebox-service';
import { createPostService } from './posts/post-service';
import { createListService } from './lists/list-service';
import type { Simulator } from '../simulator';
import { createSpendService, importSpendJson } from './spend/spend-service';
import { importOutcomesJson } from './library/import-json';
import type { TimerId } from '../shared/time/clock';
import { createAppearanceService } from './appearance/appearance-service';
import { createArchiveService } from './archive/archive-service';
import type { PersistedState } from './store/schema';
import type { StateStore } from './store/state-store';
import { createVolumeService } from './spend/volume-service';
import { keepPostSpend } from './spend/post-spend';
import { MAX_POSTS_PER_POLL } from './columns/fetch-source';
import { utcDay } from './x/costs';
import { createCostTracker, createRateLimitTracker } from './x/trackers';

export interface ServiceOptions {
  platform: Platform;
  store: StateStore<PersistedState>;
  vault: SecretVault;
  random: RandomBytes;
  /** Notices from opening the stores (a recovered file, ...), shown once the window asks. */
  startupNotices?: NewNotice[];
  /** Notices the stores raise later, while the app runs (a file healed from its good copy). */
  onLaterStoreNotice?(listener: (notice: NewNotice) => void): void;
  isTrustedSender(url: URL): boolean;
  /** The seed of demo mode's simulated world. */
  demoSeed?: string;
  /**
   * Whether demo mode's simulator answers its /__sim/ HTTP controls (fault and post injection,
   * behind its per-run token). Off unless a host asks: only the harness's tests need them.
   */
  simulatorControls?: boolean;
  /** Whether the user is really there (window, idle, suspend, lock): what the time box counts. */
  presence: PresenceSource;
  /** The SQLite binding of the host (node:sqlite in Electron, better-sqlite3 on Node 20). */
  openDriver: OpenDriver;
}

const DEMO_CLIENT_ID = 'timedeck-demo';
const DEMO_APP_CLIENT_ID = 'timedeck-demo-app';

/**
 * Every main-process service, wired once. Both hosts call this: the Electron host with its
 * adapters, the harness with Node ones. Nothing here imports 'electron'.
 */
export async function createServices(options: ServiceOptions) {
  const { platform, store } = options;
  const { clock, log } = platform;
  const events = createEventHub({
    onListenerError: (e, event) => log.error(`a listener of ${event} failed`, e),
  });
  // The library first: a second Timedeck on this data folder, or a library from a newer one,
  // stops the start here (LibraryOpenError), before anything else runs.
  let troubleNotice: string | null = null;
  let onLibraryTrouble: (message: string | null) => void = () => {};
  const library = openLibrary({
    dir: platform.dataDir,
    openDriver: options.openDriver,
    clock,
    log,
    onTrouble: (message) => onLibraryTrouble(message),
  });
  importColumnsCache(
    path.join(platform.dataDir, 'columns-cache.json'),
    library.archive,
    clock.now(),
    log,
  );
  const decks = createDeckService({ store, events, newId: platform.newId });
  const rateLimits = createRateLimitTracker();
  // spend.json and outcomes.json (before the library) move into it once.
  importSpendJson(path.join(platform.dataDir, 'spend.json'), library.spend, clock, log);
  importOutcomesJson(path.join(platform.dataDir, 'outcomes.json'), library.spend, log);
  const costs = createCostTracker(() => DEFAULT_PRICES, library.spend.loadLedger());
  // The spend records per post, beside the ledger's counts: cost per conversation joins them.
  keepPostSpend(costs, library.spend);
  // The ledger changes with every request: kept at most every 2 s, and at quit.
  let spendTimer: TimerId | undefined;
  const saveSpend = () => {
    if (spendTimer !== undefined) clock.clearTimeout(spendTimer);
    spendTimer = undefined;
    const now = clock.now();
    library.spend.saveLedger(costs.ledger(), new Set([utcDay(now), utcDay(now - 86_400_000)]));
  };

  // Demo mode (no client ID): X is the loopback simulator, on the app's own clock.
  let simulator: Simulator | null = null;
  if (store.get('xApp').clientId === null) {
    // Loaded only in demo mode: the app a user runs against X does not carry the simulator.
    const { startSimulator } = await import('../simulator');
    simulator = await startSimulator({
      clock,
      seed: options.demoSeed ?? 'timedeck',
      httpControls: options.simulatorControls === true,
      oauthClients: [
        {
          clientId: DEMO_CLIENT_ID,
          redirectUris: [callbackUrlFor(store.get('xApp').callbackPort)],
        },
        // The demo's developer app as a confidential client: it has an app-only bearer token.
        {
          clientId: DEMO_APP_CLIENT_ID,
          clientSecret: 'timedeck-demo-secret',
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
    issueAppToken: () => sim.issueAppToken(DEMO_APP_CLIENT_ID),
  };

  let xAccess: ReturnType<typeof createXAccess> | null = null;
  // Bound once the poller and the notices exist (they need the accounts service first).
  let restartAccount = (_accountId: string) => {};
  let notice = (_message: string) => {};
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
    onSignedIn: (accountId) => restartAccount(accountId),
    notice: (message) => notice(message),
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
  onLibraryTrouble = (message) => {
    if (troubleNotice) app.withdraw(troubleNotice);
    troubleNotice = message ? app.notify({ level: 'error', message }) : null;
  };
  notice = (message) => app.notify({ level: 'error', message });
  const spend = createSpendService({
    costs,
    store,
    clock,
    events,
    accountIds: () => store.get('accounts').map((a) => a.id),
    persist: () => (spendTimer ??= clock.setTimeout(saveSpend, 2000)),
    columns: () =>
      store.get('decks').decks.flatMap((d) =>
        d.columns.map((c) => ({
          id: c.id,
          // Mentions are owned reads (docs: Pricing), everything else a post read.
          pricePerRead: c.type === 'mentions' ? DEFAULT_PRICES.ownedRead : DEFAULT_PRICES.postRead,
        })),
      ),
    // The library keeps column reads (onReads below); the spend service holds the last week's.
    recentColumnReads: library.spend.recentColumnReads(utcDay(clock.now() - 7 * 86_400_000)),
    notify: platform.notify,
    banner: app.notify,
  });
  const volume = createVolumeService({
    clock,
    log,
    costs,
    rateLimits,
    file: path.join(platform.dataDir, 'counts-cache.json'),
    bearerToken: () => accounts.appBearerToken(),
    apiBaseUrl: () => accounts.target().apiBaseUrl,
    capReached: () => spend.capReached(),
    maxPostsPerPoll: MAX_POSTS_PER_POLL,
  });

  let wakePoller = () => {};
  const timebox = createTimeboxService({
    clock,
    log,
    events,
    outcomes: library.spend,
    loggedOutcomes: (from, to) => library.people.outcomesBetween(from, to),
    store,
    presence: options.presence,
    dataDir: platform.dataDir,
    systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    newId: platform.newId,
    notify: platform.notify,
    notice: app.notify,
    onLocksChanged: () => wakePoller(),
    // The inbox is made further down; this is asked only when the user exports.
    csvColumns: () => inboxCsvColumns(inbox.metrics()),
    // The owner's minutes on the conversation open on screen: what the ledger counts.
    onCounted: (stretch) => inbox.counted(stretch),
    spendOn: (day) => {
      const all = costs.allDays().filter((d) => d.day === day);
      return {
        postsRead: all.reduce((n, d) => n + d.postsRead, 0),
        dollars: all.reduce((n, d) => n + d.dollars, 0),
      };
    },
  });
  timeboxForFirstRun = timebox;

  const poller = createColumnPoller({
    clock,
    random: Math.random,
    log,
    events,
    content: createColumnContent(),
    archive: columnArchive(library.archive, clock),
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
      spend.recordColumnReads(columnIds, count);
      const day = utcDay(clock.now());
      for (const deck of store.get('decks').decks)
        for (const c of deck.columns)
          if (columnIds.includes(c.id) && c.accountId)
            library.spend.addColumnReads(
              day,
              { columnId: c.id, deckId: deck.id, accountId: c.accountId },
              count,
            );
    },
    readsToday: (columnId) => library.spend.columnReads(utcDay(clock.now()), columnId),
    notify: (column, posts, users) => platform.notify(describeNewPosts(column.title, posts, users)),
    onShown: (column, count) => {
      if (column.accountId) timebox.recordSeen(column.accountId, count);
    },
    onDelivered: (column, accountId, posts, users) => inbox.intake(column, accountId, posts, users),
  });
  wakePoller = () => poller.wake();
  restartAccount = (accountId) => poller.restartAccount(accountId);

  const lockedColumn = (columnId: string) =>
    store
      .get('decks')
      .decks.some((d) => timebox.isLocked(d.id) && d.columns.some((c) => c.id === columnId));

  const inbox = createInboxService({
    inbox: library.inbox,
    clock,
    log,
    events,
    accounts: () => store.get('accounts'),
    lockedColumn,
    zone: () =>
      store.get('timebox')?.active.homeTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    resetHour: () => store.get('timebox')?.active.resetHour ?? DEFAULT_RESET_HOUR,
    wantsNotice: (brandId) => wantsInboxNotice(store.get('decks'), store.get('accounts'), brandId),
    notify: platform.notify,
    prices: () => DEFAULT_PRICES,
  });

  const answers = createAnswersService({
    answers: library.answers,
    clock,
    log,
    accounts: () => store.get('accounts'),
    decks: () => store.get('decks').decks,
  });

  const postService = createPostService({
    store,
    asAccount,
    accountExists: (id) => store.get('accounts').some((a) => a.id === id),
    lockedFor: () => timebox.postRefusal(),
    onSent: (accountId, reply, sent) => {
      timebox.recordSent(accountId, reply);
      if (sent.inReplyToId) inbox.replySent(accountId, sent.inReplyToId, sent.postId);
      if (sent.inReplyToId && sent.answerId)
        answers.recordUse(sent.answerId, sent.inReplyToId, accountId, sent.postId);
    },
  });

  const lists = createListService({
    asAccount,
    accountExists: (id) => store.get('accounts').some((a) => a.id === id),
    lockedFor: () => timebox.postRefusal(),
  });

  const people = createPeopleService({
    people: library.people,
    clock,
    log,
    events,
    accountIds: () => store.get('accounts').map((a) => a.id),
  });
  const outcomes = createOutcomesService({
    people: library.people,
    clock,
    log,
    events,
    timeReport: () => timebox.handlers.report(undefined),
    budgetDays: () => {
      const active = store.get('timebox')?.active;
      return {
        homeTimeZone: active?.homeTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        resetHour: active?.resetHour ?? 0,
      };
    },
    decks: () => store.get('decks').decks.map((d) => ({ id: d.id, name: d.name })),
    accounts: () =>
      store.get('accounts').map((a) => ({ id: a.id, name: `@${a.username} (${a.role})` })),
    accountDollars: (day, accountId) =>
      costs
        .allDays()
        .filter((d) => d.day === day && d.accountId === accountId)
        .reduce((n, d) => n + d.dollars, 0),
  });

  const balance = createBalanceService({
    people: library.people,
    clock,
    accountIds: () => store.get('accounts').map((a) => a.id),
    // The account's own posts: an owned read ($0.001 a post), at most every 10 minutes.
    readOwnPosts: (accountId) =>
      asAccount(accountId, (c) => c.userPosts(accountId, { maxResults: 100 })),
    settings: {
      get() {
        try {
          const parsed = BrandSettingsSchema.safeParse(
            JSON.parse(library.people.setting('brand_settings') ?? 'null'),
          );
          return parsed.success ? parsed.data : null;
        } catch {
          return null;
        }
      },
      set: (s) => library.people.setSetting('brand_settings', JSON.stringify(s)),
    },
    isCustomer: (personId) =>
      library.people.hasConversation(personId) ||
      (library.people.tagsByPerson([personId])[personId] ?? []).includes('customer'),
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
    spend: { ...spend.handlers, volume: volume.volume },
    timebox: timebox.handlers,
    appearance: createAppearanceService(store).handlers,
    links: createLinkService(platform),
    inbox: inbox.handlers,
    answers: answers.handlers,
    lists,
    people: people.handlers,
    outcomes: outcomes.handlers,
    balance: balance.handlers,
    archive: createArchiveService({ library, dataDir: platform.dataDir, clock }),
  };
  const router = createIpcRouter(handlers, { isTrustedSender: options.isTrustedSender, log });
  options.startupNotices?.forEach(app.notify);
  options.onLaterStoreNotice?.(app.notify);
  library.notices.forEach(app.notify);

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
  spend.start();
  inbox.start();
  poller.start();
  void library.start();

  return {
    router,
    events,
    notify: app.notify,
    simulator,
    /** Locks every deck until restart: for the hosts' uncaught-error policy (fatal-errors.ts). */
    failClosed: (reason: string) => timebox.failClosed(reason),
    /** The idle threshold in force: the host reads the system's idle time by it. */
    idleThresholdSeconds: () => timebox.idleThresholdSeconds(),
    /** Resolves when no call to X is under way (the harness's `x/settled` test control). */
    whenXIdle: () => access.whenIdle(),
    async close() {
      timebox.stop();
      inbox.stop();
      poller.stop();
      if (spendTimer !== undefined) saveSpend();
      library.close();
      volume.flush();
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
