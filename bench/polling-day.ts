import { randomBytes, randomUUID } from 'node:crypto';
import { openBetterSqlite } from '../src/main/library/better-sqlite3-driver';
import fs from 'node:fs';
import { openNodeStore } from '../src/harness/node-store';
import { createNodeVault } from '../src/harness/node-vault';
import { FakeClock } from '../src/shared/time/clock';
import { silentLogger } from '../src/main/platform/logger';
import { createSettablePresence, presentState } from '../src/main/platform/presence';
import { createServices } from '../src/main/services';
import type { ColumnPosts, ColumnStatus } from '../src/shared/columns/content';
import type { RequestRecord } from '../src/simulator/state';
import { trackInflight } from './inflight';
import { scratchDir } from './scratch-dir';
import { round } from './stats';

/**
 * requests_per_hour and reads_per_new_post: a working day of demo mode, in process. The same
 * services as the harness (createServices with Node adapters, as src/harness/host.ts wires
 * them) on a FakeClock, against the seeded simulator, with demo mode's default decks bound to
 * the demo accounts. The window stays open in the background all day (not focused), so the
 * time box counts nothing and never locks: what is measured is polling alone.
 */

export interface PollingDayOptions {
  /** When the day starts (wall clock). Default: a Tuesday, 09:00 UTC, the shop's busy hours. */
  startWall: number;
  hours: number;
  /** How far the clock moves between letting the requests it started finish. */
  stepMs: number;
  seed: string;
}

export const POLLING_DAY: PollingDayOptions = {
  startWall: Date.UTC(2026, 2, 10, 9),
  hours: 8,
  stepMs: 5000,
  seed: 'timedeck',
};

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "GET /2/tweets/search/recent", with ids in paths generalised: how requests are grouped. */
const routeOf = (r: RequestRecord) =>
  `${r.method} ${r.path.split('?')[0]!.replace(/\/\d{3,}(?=\/|$)/g, '/:id')}`;

/**
 * Where the reads beyond one per new post went: posts that came only as what a shown post
 * quotes, replies to or reposts (X's includes, billed as reads); posts both accounts read (X
 * bills each account's token); and the rest (the same post read again under a refreshed token,
 * or read but never shown).
 */
function readsBreakdown(
  billed: number,
  shown: ReadonlySet<string>,
  referenced: ReadonlySet<string>,
  byAccount: ReadonlyMap<string, ReadonlySet<string>>,
) {
  const received = [...byAccount.values()];
  const perAccount = received.reduce((n, s) => n + s.size, 0);
  const once = new Set(received.flatMap((s) => [...s])).size;
  const referencedOnly = [...referenced].filter((id) => !shown.has(id)).length;
  return {
    billed,
    newPostsShown: shown.size,
    referencedOnly,
    readByBothAccounts: perAccount - once,
    other: billed - perAccount,
  };
}

export async function measurePollingDay(options: PollingDayOptions = POLLING_DAY) {
  const dataDir = scratchDir('polling');
  const clock = new FakeClock(options.startWall);
  const presence = createSettablePresence({ ...presentState, focused: false });
  const inflight = trackInflight();
  const opened = openNodeStore(dataDir, clock.now);

  const shownIds = new Set<string>();
  const referencedIds = new Set<string>();
  const shownPerColumn = new Map<string, number>();
  /** Per account, the posts its columns received (shown or quoted): what it must have read. */
  const receivedByAccount = new Map<string, Set<string>>();
  const problems = new Map<string, number>();

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
    store: opened.store,
    vault: createNodeVault(dataDir),
    random: randomBytes,
    presence,
    isTrustedSender: () => false,
    openDriver: openBetterSqlite,
    demoSeed: options.seed,
  });
  try {
    const sim = services.simulator;
    if (!sim) throw new Error('demo mode did not start its simulator');
    services.events.subscribe((event, payload) => {
      if (event === 'columns.posts') {
        const batch = payload as ColumnPosts;
        for (const p of batch.posts) shownIds.add(p.id);
        for (const p of batch.referenced) referencedIds.add(p.id);
        shownPerColumn.set(
          batch.columnId,
          (shownPerColumn.get(batch.columnId) ?? 0) + batch.posts.length,
        );
        const accountId = opened.store
          .get('decks')
          .decks.flatMap((d) => d.columns)
          .find((c) => c.id === batch.columnId)?.accountId;
        if (accountId) {
          const received = receivedByAccount.get(accountId) ?? new Set<string>();
          for (const p of [...batch.posts, ...batch.referenced]) received.add(p.id);
          receivedByAccount.set(accountId, received);
        }
      } else if (event === 'columns.status') {
        const status = payload as ColumnStatus;
        if (!['ok', 'idle', 'loading'].includes(status.state))
          problems.set(status.state, (problems.get(status.state) ?? 0) + 1);
      }
    });

    const endWall = options.startWall + options.hours * 3_600_000;
    const wallStarted = performance.now();
    await inflight.settle();
    // The first load brings a page of older posts per column: the day after it is the steady state.
    // Posts read as X bills them: once a UTC day for the whole developer app, whichever account.
    const readsOf = (rows: ReturnType<typeof sim.controls.appUsage>) =>
      rows.reduce((n, u) => n + u.posts, 0);
    const firstLoad = { reads: readsOf(sim.controls.appUsage()), shown: shownIds.size };
    while (clock.now() < endWall) {
      clock.advance(Math.min(options.stepMs, endWall - clock.now()));
      await inflight.settle();
    }
    const simulatedInMs = performance.now() - wallStarted;

    const requests = sim.controls
      .requests()
      .filter((r) => r.at >= options.startWall && r.at <= endWall);
    const days = new Set([utcDay(options.startWall), utcDay(endWall)]);
    const usage = sim.controls.usage().filter((u) => days.has(u.day));
    const postsRead = readsOf(sim.controls.appUsage().filter((u) => days.has(u.day)));
    const postsReadPerToken = usage.reduce((n, u) => n + u.posts, 0);
    const usersRead = usage.reduce((n, u) => n + u.users, 0);
    const byRoute: Record<string, number> = {};
    for (const r of requests) byRoute[routeOf(r)] = (byRoute[routeOf(r)] ?? 0) + 1;
    const statuses: Record<string, number> = {};
    for (const r of requests) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const columns = opened.store
      .get('decks')
      .decks.flatMap((d) => d.columns.map((c) => `${d.id}/${c.id} (${c.type})`));

    if (shownIds.size === 0) throw new Error('no post reached a column all day');
    return {
      values: {
        requests_per_hour: round(requests.length / options.hours),
        reads_per_new_post: round(postsRead / shownIds.size, 3),
      },
      details: {
        hours: options.hours,
        columns,
        requests: requests.length,
        requestsByRoute: byRoute,
        requestsByStatus: statuses,
        postsRead,
        postsReadPerToken,
        usersRead,
        tokensBilled: usage.length,
        newPostsShown: shownIds.size,
        newPostsShownPerColumn: Object.fromEntries(shownPerColumn),
        readsBreakdown: readsBreakdown(
          postsReadPerToken,
          shownIds,
          referencedIds,
          receivedByAccount,
        ),
        firstLoad,
        afterFirstLoad: {
          reads: postsRead - firstLoad.reads,
          shown: shownIds.size - firstLoad.shown,
        },
        columnProblems: Object.fromEntries(problems),
        simulatedInMs: Math.round(simulatedInMs),
      },
    };
  } finally {
    inflight.stop();
    await services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
