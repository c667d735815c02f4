import { randomBytes, randomUUID } from 'node:crypto';
import { openBetterSqlite } from '../src/main/library/better-sqlite3-driver';
import dc from 'node:diagnostics_channel';
import fs from 'node:fs';
import { DateTime } from 'luxon';
import { openNodeStore } from '../src/harness/node-store';
import { createNodeVault } from '../src/harness/node-vault';
import { FakeClock } from '../src/shared/time/clock';
import { silentLogger } from '../src/main/platform/logger';
import { createSettablePresence, presentState } from '../src/main/platform/presence';
import { createServices } from '../src/main/services';
import type { ColumnPosts, ColumnStatus } from '../src/shared/columns/content';
import type { RequestRecord } from '../src/simulator/state';
import type { PersistedState } from '../src/main/store/schema';
import { cachedStore } from './cached-store';
import { trackInflight } from './inflight';
import { PEER_CLIENT_ID, startPeer, type PeerColumn } from './peer-poller';
import { mergeBills, readsBreakdown, type BilledDay, type ReadsBreakdown } from './reads-breakdown';
import { scratchDir } from './scratch-dir';
import { round } from './stats';

/**
 * requests_per_hour, reads_per_new_post, reads_per_new_post_per_token, peer_reads_per_new_post:
 * three working days of demo mode, in process, for an owner in each of three time zones. The
 * same services as the harness (createServices with Node adapters, as src/harness/host.ts wires
 * them) on a FakeClock, against the seeded simulator, with demo mode's default decks bound to
 * the demo accounts — and beside them, through the same simulator and world, a TweetDeck-style
 * peer polling the same columns (peer-poller.ts). The window stays in the background (hidden:
 * the time box counts nothing and never locks), so what is measured is polling.
 *
 * Each day at 08:00 local the owner OPENS both clients, and at the session's end quits them:
 * Timedeck's services stop as the hosts stop them at quit (`close`), and start again the next
 * morning by createServices on the same data folder, as the harness does at a restart (its
 * archive, since_ids and state on disk); the peer's process ends and it keeps nothing, so its
 * next launch loads every column's latest page again. In Tokyo a session crosses midnight UTC;
 * every zone's nights do. X bills each post once per app and UTC day, so a client that re-reads
 * what it read yesterday pays again: that is what launches on days crossing midnight expose.
 *
 * Demo mode's X (the simulator) lives inside the services, so it quits and starts with them; its
 * world depends only on the seed and the hour, so each launch's X has the same posts. Its bills
 * are merged as one X would have billed them (`mergeBills`: each app, UTC day and post once).
 */

/** "GET /2/tweets/search/recent", with ids in paths generalised: how requests are grouped. */
const routeOf = (r: RequestRecord) =>
  `${r.method} ${r.path.split('?')[0]!.replace(/\/\d{3,}(?=\/|$)/g, '/:id')}`;

/** Requests for a column's posts: the ones that can carry since_id. */
const TIMELINE =
  /^GET \/2\/(tweets\/search\/recent|users\/:id\/(mentions|tweets|timelines\/reverse_chronological)|lists\/:id\/tweets)$/;

/**
 * Counts Timedeck's requests for a column's posts sent without since_id (a first load), as they
 * leave: its X client speaks node:http, whose requests carry their query (the simulator's log
 * keeps only the path). The peer speaks fetch (undici), so none of its requests are counted.
 */
function countFirstLoads() {
  let count = 0;
  const handler = (message: unknown) => {
    const request = (message as { request?: { method?: string; path?: string } }).request;
    const path = request?.path ?? '';
    const route = routeOf({ method: request?.method ?? 'GET', path } as RequestRecord);
    if (TIMELINE.test(route) && !/[?&]since_id=/.test(path)) count++;
  };
  dc.subscribe('http.client.request.start', handler);
  return {
    get count() {
      return count;
    },
    stop: () => dc.unsubscribe('http.client.request.start', handler),
  };
}

export interface PollingDaysOptions {
  zones: readonly string[];
  /** The first day (a date in the zones' calendars). */
  firstDay: { year: number; month: number; day: number };
  days: number;
  openAtHour: number;
  sessionHours: number;
  /** How far the clock moves between letting the requests it started finish. */
  stepMs: number;
  /** The peer's refresh interval per column. */
  peerIntervalMs: number;
  seed: string;
}

export const POLLING_DAYS: PollingDaysOptions = {
  zones: ['Europe/London', 'America/New_York', 'Asia/Tokyo'],
  // Tue 10 March 2026: New York is already on summer time (8 March), London not yet.
  firstDay: { year: 2026, month: 3, day: 10 },
  days: 3,
  openAtHour: 8,
  sessionHours: 3,
  stepMs: 15_000,
  peerIntervalMs: 60_000,
  seed: 'timedeck',
};

type Breakdown = ReadsBreakdown & { shownNeverBilled: number };

/** One launch of both clients: from opening them at `open` to quitting them at `close`. */
interface Launch {
  openedUtc: string;
  ours: { requests: number; withoutSinceId: number };
  peer: { requests: number; withoutSinceId: number };
}

interface ZoneResult {
  zone: string;
  sessionsUtc: string[];
  launches: Launch[];
  requests: number;
  requestsByRoute: Record<string, number>;
  newPostsShown: number;
  billedPerApp: number;
  billedPerToken: number;
  breakdown: Breakdown;
  peer: {
    requests: number;
    requestsByRoute: Record<string, number>;
    newPostsShown: number;
    billedPerApp: number;
    breakdown: Breakdown;
    errors: Record<string, number>;
  };
  columnProblems: Record<string, number>;
  simulatedInMs: number;
}

const sum = (parts: readonly Breakdown[]) =>
  parts.reduce(
    (all, p) => {
      for (const k of Object.keys(all) as Array<keyof typeof all>) all[k] += p[k];
      return all;
    },
    {
      billed: 0,
      newPostsShown: 0,
      referencedOnly: 0,
      neverShown: 0,
      billedAgainOnALaterDay: 0,
      shownNeverBilled: 0,
    },
  );

const addTo = (into: Record<string, number>, from: Record<string, number>, sign = 1) => {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + sign * n;
};

/** What both clients did over a zone's days, summed over the launches. */
interface Tally {
  shown: Set<string>;
  referenced: Set<string>;
  problems: Record<string, number>;
  bills: BilledDay[][];
  billedPerToken: number;
  requests: number;
  byRoute: Record<string, number>;
  peer: {
    shown: Set<string>;
    referenced: Set<string>;
    requests: number;
    byRoute: Record<string, number>;
    errors: Record<string, number>;
  };
}

/**
 * Opens both clients at `open` on `dataDir`, lets them poll until `close`, quits them, and adds
 * what they did to `tally`. A fresh FakeClock each time: a process started anew has timers of
 * its own, and none of the last run's.
 */
async function oneLaunch(
  dataDir: string,
  open: number,
  close: number,
  options: PollingDaysOptions,
  tally: Tally,
): Promise<Launch> {
  const clock = new FakeClock(open);
  const presence = createSettablePresence({ ...presentState, focused: false, visible: false });
  const inflight = trackInflight();
  const firstLoads = countFirstLoads();
  const store = cachedStore<PersistedState>(openNodeStore(dataDir, clock.now).store);
  const services = await createServices({
    platform: {
      host: 'harness',
      version: 'bench',
      clock,
      log: silentLogger,
      newId: () => randomUUID(),
      openExternal: async () => {},
      notify: () => {},
      dataDir,
    },
    store,
    vault: createNodeVault(dataDir),
    random: randomBytes,
    presence,
    isTrustedSender: () => false,
    openDriver: openBetterSqlite,
    demoSeed: options.seed,
  });
  let peer: ReturnType<typeof startPeer> | null = null;
  try {
    const sim = services.simulator;
    if (!sim) throw new Error('demo mode did not start its simulator');
    services.events.subscribe((event, payload) => {
      if (event === 'columns.posts') {
        const batch = payload as ColumnPosts;
        // A launch's snapshot of the columns ('replace') holds what earlier runs received.
        if (batch.mode === 'replace') return;
        for (const p of batch.posts) tally.shown.add(p.id);
        for (const p of batch.referenced) tally.referenced.add(p.id);
      } else if (event === 'columns.status') {
        const status = payload as ColumnStatus;
        if (!['ok', 'idle', 'loading'].includes(status.state))
          tally.problems[status.state] = (tally.problems[status.state] ?? 0) + 1;
      }
    });

    // The peer reads the same columns: same accounts, same questions.
    const users = new Map(
      [sim.accounts.brand, sim.accounts.personal].map((a) => [a.id, a.username]),
    );
    const accounts = store.get('accounts');
    const peerColumns: PeerColumn[] = store
      .get('decks')
      .decks.flatMap((d) => d.columns)
      .flatMap((c) => {
        const username = accounts.find((a) => a.id === c.accountId)?.username;
        const userId = [...users].find(([, name]) => name === username)?.[0];
        if (!username || !userId) return [];
        return [{ id: c.id, type: c.type, username, userId, query: c.query }];
      });
    peer = startPeer(sim, clock, peerColumns, options.peerIntervalMs);

    await inflight.settle();
    while (clock.now() < close) {
      clock.advance(Math.min(options.stepMs, close - clock.now()));
      await inflight.settle();
    }
    // Quit: the peer's timers end with its process; what was asked is answered first.
    peer.stop();
    await inflight.settle();

    tally.bills.push(sim.controls.appBilledPosts());
    tally.billedPerToken += sim.controls
      .usage()
      .filter((u) => !peer!.tokens.has(u.token))
      .reduce((n, u) => n + u.posts, 0);
    const log = sim.controls.requests();
    const byRoute: Record<string, number> = {};
    for (const r of log) byRoute[routeOf(r)] = (byRoute[routeOf(r)] ?? 0) + 1;
    // The log holds both clients' requests: the peer's, which it counts itself, come off.
    addTo(byRoute, peer.byRoute, -1);
    addTo(tally.byRoute, byRoute);
    tally.requests += log.length - peer.requests;
    for (const id of peer.shown) tally.peer.shown.add(id);
    for (const id of peer.referenced) tally.peer.referenced.add(id);
    tally.peer.requests += peer.requests;
    addTo(tally.peer.byRoute, peer.byRoute);
    addTo(tally.peer.errors, peer.errors);
    return {
      openedUtc: new Date(open).toISOString(),
      ours: {
        requests: log.length - peer.requests,
        withoutSinceId: firstLoads.count,
      },
      peer: { requests: peer.requests, withoutSinceId: peer.withoutSinceId },
    };
  } finally {
    peer?.stop();
    inflight.stop();
    firstLoads.stop();
    await services.close();
  }
}

async function oneZone(zone: string, options: PollingDaysOptions): Promise<ZoneResult> {
  const opens = Array.from({ length: options.days }, (_, d) =>
    DateTime.fromObject({ ...options.firstDay, hour: options.openAtHour }, { zone })
      .plus({ days: d })
      .toMillis(),
  );
  const dataDir = scratchDir('polling');
  const tally: Tally = {
    shown: new Set(),
    referenced: new Set(),
    problems: {},
    bills: [],
    billedPerToken: 0,
    requests: 0,
    byRoute: {},
    peer: { shown: new Set(), referenced: new Set(), requests: 0, byRoute: {}, errors: {} },
  };
  try {
    const wallStarted = performance.now();
    const sessionsUtc: string[] = [];
    const launches: Launch[] = [];
    for (const open of opens) {
      const close = open + options.sessionHours * 3_600_000;
      sessionsUtc.push(`${new Date(open).toISOString()} – ${new Date(close).toISOString()}`);
      launches.push(await oneLaunch(dataDir, open, close, options, tally));
    }
    const simulatedInMs = performance.now() - wallStarted;

    const bills = mergeBills(tally.bills);
    // Per developer app (ours has two: the user-context one and the app-only one).
    const perApp = (rows: readonly BilledDay[], shown: Set<string>, referenced: Set<string>) =>
      sum(
        [...new Set(rows.map((r) => r.clientId))].map((clientId) =>
          readsBreakdown(
            rows.filter((r) => r.clientId === clientId),
            shown,
            referenced,
          ),
        ),
      );
    const breakdown = perApp(
      bills.filter((b) => b.clientId !== PEER_CLIENT_ID),
      tally.shown,
      tally.referenced,
    );
    const peerBreakdown = perApp(
      bills.filter((b) => b.clientId === PEER_CLIENT_ID),
      tally.peer.shown,
      tally.peer.referenced,
    );
    if (tally.shown.size === 0) throw new Error(`no post reached a column in ${zone}`);
    return {
      zone,
      sessionsUtc,
      launches,
      requests: tally.requests,
      requestsByRoute: tally.byRoute,
      newPostsShown: tally.shown.size,
      billedPerApp: breakdown.billed,
      billedPerToken: tally.billedPerToken,
      breakdown,
      peer: {
        requests: tally.peer.requests,
        requestsByRoute: tally.peer.byRoute,
        newPostsShown: tally.peer.shown.size,
        billedPerApp: peerBreakdown.billed,
        breakdown: peerBreakdown,
        errors: tally.peer.errors,
      },
      columnProblems: tally.problems,
      simulatedInMs: Math.round(simulatedInMs),
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function measurePollingDays(options: PollingDaysOptions = POLLING_DAYS) {
  const zones: ZoneResult[] = [];
  for (const zone of options.zones) zones.push(await oneZone(zone, options));
  const total = (f: (z: ZoneResult) => number) => zones.reduce((n, z) => n + f(z), 0);
  const hours = options.zones.length * options.days * options.sessionHours;
  const ours = total((z) => z.billedPerApp) / total((z) => z.newPostsShown);
  const peer = total((z) => z.peer.billedPerApp) / total((z) => z.peer.newPostsShown);
  return {
    values: {
      requests_per_hour: round(total((z) => z.requests) / hours),
      reads_per_new_post: round(ours, 3),
      reads_per_new_post_per_token: round(
        total((z) => z.billedPerToken) / total((z) => z.newPostsShown),
        3,
      ),
      peer_reads_per_new_post: round(peer, 3),
      reads_vs_peer_ratio: round(ours / peer, 3),
    },
    details: {
      options,
      /** Summed over the zones; each zone's own below. Sums exactly to `billed`. */
      readsBreakdown: sum(zones.map((z) => z.breakdown)),
      peerReadsBreakdown: sum(zones.map((z) => z.peer.breakdown)),
      perZone: zones.map((z) => ({
        ...z,
        readsPerNewPost: round(z.billedPerApp / z.newPostsShown, 3),
        peerReadsPerNewPost: round(z.peer.billedPerApp / z.peer.newPostsShown, 3),
      })),
    },
  };
}
