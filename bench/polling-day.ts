import { randomBytes, randomUUID } from 'node:crypto';
import { openBetterSqlite } from '../src/main/library/better-sqlite3-driver';
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
import { readsBreakdown, type ReadsBreakdown } from './reads-breakdown';
import { scratchDir } from './scratch-dir';
import { round } from './stats';

/**
 * requests_per_hour, reads_per_new_post, reads_per_new_post_per_token, peer_reads_per_new_post:
 * three working days of demo mode, in process, for an owner in each of three time zones. The
 * same services as the harness (createServices with Node adapters, as src/harness/host.ts wires
 * them) on a FakeClock, against the seeded simulator, with demo mode's default decks bound to
 * the demo accounts — and beside them, through the same simulator and world, a TweetDeck-style
 * peer polling the same columns (peer-poller.ts). The window stays open in the background
 * (hidden: the time box counts nothing and never locks), so what is measured is polling.
 *
 * Each day the owner opens the laptop at 08:00 local and Timedeck polls for `sessionHours`;
 * then the laptop sleeps until the next 08:00 (the wall clock jumps, timers wait: as a
 * suspended machine's monotonic clock does). In Tokyo the session crosses midnight UTC; every
 * zone's nights do. X bills each post once per app and UTC day, so a client that re-reads what
 * it read yesterday pays again: that is what days crossing midnight expose.
 */

/** "GET /2/tweets/search/recent", with ids in paths generalised: how requests are grouped. */
const routeOf = (r: RequestRecord) =>
  `${r.method} ${r.path.split('?')[0]!.replace(/\/\d{3,}(?=\/|$)/g, '/:id')}`;

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

interface ZoneResult {
  zone: string;
  sessionsUtc: string[];
  requests: number;
  requestsByRoute: Record<string, number>;
  newPostsShown: number;
  billedPerApp: number;
  billedPerToken: number;
  breakdown: ReadsBreakdown & { shownNeverBilled: number };
  peer: {
    requests: number;
    newPostsShown: number;
    billedPerApp: number;
    breakdown: ReadsBreakdown & { shownNeverBilled: number };
    errors: Record<string, number>;
  };
  columnProblems: Record<string, number>;
  simulatedInMs: number;
}

const sum = (parts: ReadonlyArray<ReadsBreakdown & { shownNeverBilled: number }>) =>
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

async function oneZone(zone: string, options: PollingDaysOptions): Promise<ZoneResult> {
  const opens = Array.from({ length: options.days }, (_, d) =>
    DateTime.fromObject({ ...options.firstDay, hour: options.openAtHour }, { zone })
      .plus({ days: d })
      .toMillis(),
  );
  const dataDir = scratchDir('polling');
  const clock = new FakeClock(opens[0]!);
  const presence = createSettablePresence({ ...presentState, focused: false, visible: false });
  const inflight = trackInflight();
  const opened = openNodeStore(dataDir, clock.now);
  const store = cachedStore<PersistedState>(opened.store);

  const shownIds = new Set<string>();
  const referencedIds = new Set<string>();
  const problems: Record<string, number> = {};

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
        for (const p of batch.posts) shownIds.add(p.id);
        for (const p of batch.referenced) referencedIds.add(p.id);
      } else if (event === 'columns.status') {
        const status = payload as ColumnStatus;
        if (!['ok', 'idle', 'loading'].includes(status.state))
          problems[status.state] = (problems[status.state] ?? 0) + 1;
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

    const wallStarted = performance.now();
    const sessionsUtc: string[] = [];
    for (const [d, open] of opens.entries()) {
      if (d > 0) {
        // The laptop wakes at 08:00: the wall clock has moved on, the timers have not.
        clock.setWall(open);
        presence.set({ suspended: false });
      }
      const close = open + options.sessionHours * 3_600_000;
      sessionsUtc.push(`${new Date(open).toISOString()} – ${new Date(close).toISOString()}`);
      await inflight.settle();
      while (clock.now() < close) {
        clock.advance(Math.min(options.stepMs, close - clock.now()));
        await inflight.settle();
      }
      presence.set({ suspended: true });
    }
    const simulatedInMs = performance.now() - wallStarted;

    const bills = sim.controls.appBilledPosts();
    const ours = bills.filter((b) => b.clientId !== PEER_CLIENT_ID);
    const theirs = bills.filter((b) => b.clientId === PEER_CLIENT_ID);
    // Per developer app (ours has two: the user-context one and the app-only one).
    const perApp = (rows: typeof bills) =>
      sum(
        [...new Set(rows.map((r) => r.clientId))].map((clientId) =>
          readsBreakdown(
            rows.filter((r) => r.clientId === clientId),
            rows === theirs ? peer!.shown : shownIds,
            rows === theirs ? peer!.referenced : referencedIds,
          ),
        ),
      );
    const breakdown = perApp(ours);
    const peerBreakdown = perApp(theirs);
    const billedPerToken = sim.controls
      .usage()
      .filter((u) => !peer!.tokens.has(u.token))
      .reduce((n, u) => n + u.posts, 0);
    // The log holds both clients' requests: the peer's, which it counts by route, come off.
    const all = sim.controls.requests();
    const byRoute: Record<string, number> = {};
    for (const r of all) byRoute[routeOf(r)] = (byRoute[routeOf(r)] ?? 0) + 1;
    for (const [route, n] of Object.entries(peer.byRoute))
      byRoute[route] = (byRoute[route] ?? 0) - n;
    const requests = { length: all.length - peer.requests };
    if (shownIds.size === 0) throw new Error(`no post reached a column in ${zone}`);
    return {
      zone,
      sessionsUtc,
      requests: requests.length,
      requestsByRoute: byRoute,
      newPostsShown: shownIds.size,
      billedPerApp: breakdown.billed,
      billedPerToken,
      breakdown,
      peer: {
        requests: peer.requests,
        newPostsShown: peer.shown.size,
        billedPerApp: peerBreakdown.billed,
        breakdown: peerBreakdown,
        errors: peer.errors,
      },
      columnProblems: problems,
      simulatedInMs: Math.round(simulatedInMs),
    };
  } finally {
    peer?.stop();
    inflight.stop();
    await services.close();
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
