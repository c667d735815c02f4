import { WRITE_KINDS, type DaySpend, type PriceTable, type WriteKind } from '../../shared/x/spend';

/**
 * What Timedeck's reads and writes cost, per account and UTC day, counted the way X bills:
 * each resource once per UTC day however often it is fetched, reads through X's owned-read
 * endpoints apart at their own price. Pure: each function returns a new ledger or an answer.
 * Prices are applied when totals are asked for, so a changed price table reprices the past.
 */

export type ReadResource = 'post' | 'user' | 'list';

export interface ReadEvent {
  accountId: string;
  /** Wall-clock ms: names the UTC day the read is billed on. */
  at: number;
  /** Read through an owned-read endpoint (the account's own posts, mentions or lists). */
  owned: boolean;
  resources: ReadonlyArray<{ type: ReadResource; id: string }>;
}

export interface WriteEvent {
  accountId: string;
  at: number;
  write: WriteKind;
  /** The post the write created, where X answered with one (a post or reply sent). */
  postId?: string;
}

type DayCounts = Omit<DaySpend, 'accountId' | 'day' | 'dollars'>;

export interface CostLedger {
  readonly days: Readonly<Record<string, Readonly<Record<string, DayCounts>>>>;
  /** Per day, the resources already billed to the app (key WHOLE_APP). Only recent days are kept. */
  readonly billed: Readonly<Record<string, Readonly<Record<string, ReadonlySet<string>>>>>;
}

export const EMPTY_LEDGER: CostLedger = { days: {}, billed: {} };

/** Days of billed-resource memory kept per account: today and yesterday, for late answers. */
const BILLED_DAYS_KEPT = 2;

export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const noWrites = (): Record<WriteKind, number> =>
  Object.fromEntries(WRITE_KINDS.map((k) => [k, 0])) as Record<WriteKind, number>;

const emptyDay = (): DayCounts => ({
  postsRead: 0,
  usersRead: 0,
  listsRead: 0,
  owned: { posts: 0, users: 0, lists: 0 },
  writes: noWrites(),
});

const FIELD = {
  post: ['postsRead', 'posts'],
  user: ['usersRead', 'users'],
  list: ['listsRead', 'lists'],
} as const satisfies Record<ReadResource, readonly [keyof DayCounts, keyof DayCounts['owned']]>;

function withDay(ledger: CostLedger, accountId: string, day: string, counts: DayCounts) {
  return { ...ledger.days, [accountId]: { ...ledger.days[accountId], [day]: counts } };
}

/**
 * X deduplicates every resource within the UTC day for the whole developer app, whichever of
 * its accounts read it: the first read is billed (to the account that made it), later ones by
 * any account are free. So the billed sets are kept once, for the app.
 */
export const WHOLE_APP = '*';

/**
 * The resources of a read that X bills now: those not yet billed to the app on the read's UTC
 * day, each once however often the answer holds it. What `recordRead` counts, by id: the
 * inbox's cost per conversation is the sum of these for its posts.
 */
export function newlyBilled(ledger: CostLedger, e: ReadEvent): ReadEvent['resources'] {
  const billed = ledger.billed[WHOLE_APP]?.[utcDay(e.at)];
  const seen = new Set<string>();
  return e.resources.filter((r) => {
    const key = `${r.type}:${r.id}`;
    if (billed?.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function recordRead(ledger: CostLedger, e: ReadEvent): CostLedger {
  const day = utcDay(e.at);
  const accountBilled = ledger.billed[WHOLE_APP] ?? {};
  const before = accountBilled[day] ?? new Set<string>();
  const billed = new Set(before);
  const previous = ledger.days[e.accountId]?.[day] ?? emptyDay();
  const counts = { ...previous, owned: { ...previous.owned } };

  for (const r of e.resources) {
    const key = `${r.type}:${r.id}`;
    if (billed.has(key)) continue;
    billed.add(key);
    const [total, owned] = FIELD[r.type];
    counts[total]++;
    if (e.owned) counts.owned[owned]++;
  }
  if (billed.size === before.size) return ledger;

  const keptDays = Object.keys({ ...accountBilled, [day]: billed })
    .sort()
    .slice(-BILLED_DAYS_KEPT);
  const nextBilled = Object.fromEntries(
    keptDays.map((d) => [d, d === day ? billed : (accountBilled[d] as ReadonlySet<string>)]),
  );
  return {
    days: withDay(ledger, e.accountId, day, counts),
    billed: { ...ledger.billed, [WHOLE_APP]: nextBilled },
  };
}

export function recordWrite(ledger: CostLedger, e: WriteEvent): CostLedger {
  const day = utcDay(e.at);
  const counts = ledger.days[e.accountId]?.[day] ?? emptyDay();
  const writes = { ...counts.writes, [e.write]: (counts.writes[e.write] ?? 0) + 1 };
  return { ...ledger, days: withDay(ledger, e.accountId, day, { ...counts, writes }) };
}

/** Dollars to the micro-dollar, so that sums of prices don't show float dust. */
const roundDollars = (x: number) => Math.round(x * 1e6) / 1e6;

function priced(accountId: string, day: string, c: DayCounts, prices: PriceTable): DaySpend {
  const { owned } = c;
  const reads =
    (c.postsRead - owned.posts) * prices.postRead +
    (c.usersRead - owned.users) * prices.userRead +
    (c.listsRead - owned.lists) * prices.listRead +
    (owned.posts + owned.users + owned.lists) * prices.ownedRead;
  const writes = WRITE_KINDS.reduce((sum, k) => sum + (c.writes[k] ?? 0) * prices[k], 0);
  return {
    accountId,
    day,
    ...c,
    owned: { ...owned },
    // A ledger written before a kind existed has no count for it.
    writes: { ...noWrites(), ...c.writes },
    dollars: roundDollars(reads + writes),
  };
}

export function daySpend(
  ledger: CostLedger,
  accountId: string,
  day: string,
  prices: PriceTable,
): DaySpend {
  return priced(accountId, day, ledger.days[accountId]?.[day] ?? emptyDay(), prices);
}

/** Every account's every recorded day, oldest first. */
export function allDaySpend(ledger: CostLedger, prices: PriceTable): DaySpend[] {
  return Object.entries(ledger.days)
    .flatMap(([accountId, days]) =>
      Object.entries(days).map(([day, c]) => priced(accountId, day, c, prices)),
    )
    .sort((a, b) => a.day.localeCompare(b.day) || a.accountId.localeCompare(b.accountId));
}

/**
 * Dollars spent in the UTC calendar month of `now`, up to and including today; for one account,
 * or for all when accountId is omitted. (X bills per developer-app billing cycle, which the app
 * cannot see; the calendar month is the honest approximation.)
 */
export function monthToDateDollars(
  ledger: CostLedger,
  now: number,
  prices: PriceTable,
  accountId?: string,
): number {
  const today = utcDay(now);
  const month = today.slice(0, 7);
  const total = allDaySpend(ledger, prices)
    .filter((d) => accountId === undefined || d.accountId === accountId)
    .filter((d) => d.day.startsWith(month) && d.day <= today)
    .reduce((sum, d) => sum + d.dollars, 0);
  return roundDollars(total);
}
