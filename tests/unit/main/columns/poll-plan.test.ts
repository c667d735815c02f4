import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REFRESH_MS,
  endpointOf,
  minIntervalMs,
  planPolls,
  requestKey,
  type ColumnSource,
  type PollColumn,
} from '../../../../src/main/columns/poll-plan';
import {
  EMPTY_RATE_LIMITS,
  WINDOW_MS,
  observeRateLimit,
  type RateLimitState,
} from '../../../../src/main/x/rate-limits';

const NOW = Date.UTC(2026, 5, 1, 9, 0, 0);
const brand = 'acct-brand';
const personal = 'acct-personal';
const search = (query: string): ColumnSource => ({ kind: 'search', query });

let n = 0;
const column = (over: Partial<PollColumn> = {}): PollColumn => ({
  id: `col${++n}`,
  accountId: brand,
  source: search('acme'),
  intervalMs: DEFAULT_REFRESH_MS,
  nextDueAt: NOW,
  state: 'ok',
  ...over,
});

/** Rate-limit state as main keeps it: from X's answers, through the real observer. */
function answered(
  state: RateLimitState,
  accountId: string,
  endpoint: string,
  o: { status?: number; limit: number; remaining: number; resetAt: number },
): RateLimitState {
  return observeRateLimit(state, {
    accountId,
    endpoint,
    now: NOW - 1000,
    status: o.status ?? 200,
    headers: {
      'x-rate-limit-limit': String(o.limit),
      'x-rate-limit-remaining': String(o.remaining),
      'x-rate-limit-reset': String(o.resetAt / 1000),
    },
  });
}

const plan = (columns: PollColumn[], limits: RateLimitState = EMPTY_RATE_LIMITS, now = NOW) =>
  planPolls(columns, limits, now);

describe('planPolls', () => {
  it('polls a due column, from its newest post', () => {
    const c = column({ newestId: '1790000000000000000' });
    expect(plan([c])).toEqual({
      requests: [
        {
          key: requestKey(brand, c.source),
          accountId: brand,
          endpoint: 'searchRecent',
          source: c.source,
          columnIds: [c.id],
          sinceId: '1790000000000000000',
        },
      ],
      waiting: [],
    });
  });

  it('asks without since_id on a first load', () => {
    expect(plan([column()]).requests[0]).not.toHaveProperty('sinceId');
  });

  it('sends nothing before a column is due, and says when to look again', () => {
    const p = plan([
      column({ nextDueAt: NOW + 30_000 }),
      column({ source: search('b'), nextDueAt: NOW + 10_000 }),
    ]);
    expect(p.requests).toEqual([]);
    expect(p.nextWakeAt).toBe(NOW + 10_000);
  });

  it('shares one request among columns of one account asking the same thing', () => {
    const a = column({ newestId: '1790000000000000500' });
    const b = column({ newestId: '1790000000000000100' });
    const p = plan([a, b]);
    expect(p.requests).toHaveLength(1);
    expect(p.requests[0]).toMatchObject({
      columnIds: [a.id, b.id],
      sinceId: '1790000000000000100',
    });
  });

  it('shares without since_id when one of the columns has nothing yet', () => {
    const p = plan([column({ newestId: '1790000000000000500' }), column()]);
    expect(p.requests).toHaveLength(1);
    expect(p.requests[0]).not.toHaveProperty('sinceId');
  });

  it('takes along a column with the same request that is not due yet', () => {
    const due = column();
    const later = column({ nextDueAt: NOW + 60_000 });
    expect(plan([due, later]).requests[0]?.columnIds).toEqual([due.id, later.id]);
  });

  it.each<[string, Partial<PollColumn>, Partial<PollColumn>, number]>([
    ['same query, two accounts', { accountId: brand }, { accountId: personal }, 2],
    ['two queries, one account', { source: search('acme') }, { source: search('acmee') }, 2],
    [
      'mentions of one account',
      { source: { kind: 'mentions' } },
      { source: { kind: 'mentions' } },
      1,
    ],
    [
      'home, same exclusions in any order',
      { source: { kind: 'home', exclude: ['replies', 'retweets'] } },
      { source: { kind: 'home', exclude: ['retweets', 'replies'] } },
      1,
    ],
    [
      'home, different exclusions',
      { source: { kind: 'home', exclude: ['retweets'] } },
      { source: { kind: 'home' } },
      2,
    ],
    [
      'one user',
      { source: { kind: 'user', userId: '12' } },
      { source: { kind: 'user', userId: '12' } },
      1,
    ],
    [
      'two users',
      { source: { kind: 'user', userId: '12' } },
      { source: { kind: 'user', userId: '13' } },
      2,
    ],
    [
      'one list',
      { source: { kind: 'list', listId: '7' } },
      { source: { kind: 'list', listId: '7' } },
      1,
    ],
    [
      'a list and a user with the same id',
      { source: { kind: 'list', listId: '7' } },
      { source: { kind: 'user', userId: '7' } },
      2,
    ],
  ])('%s: %i request(s)', (_, a, b, requests) => {
    expect(plan([column(a), column(b)]).requests).toHaveLength(requests);
  });

  it.each([
    ['search', 'searchRecent'],
    ['mentions', 'mentions'],
    ['home', 'homeTimeline'],
    ['user', 'userPosts'],
    ['list', 'listPosts'],
  ] as const)('asks a %s column’s endpoint %s', (kind, endpoint) => {
    const source = {
      search: search('q'),
      mentions: { kind: 'mentions' },
      home: { kind: 'home' },
      user: { kind: 'user', userId: '1' },
      list: { kind: 'list', listId: '1' },
    }[kind] as ColumnSource;
    expect(endpointOf(source)).toBe(endpoint);
    expect(plan([column({ source })]).requests[0]?.endpoint).toBe(endpoint);
  });

  it('never polls invalid or paused columns, nor wakes for them', () => {
    const p = plan([
      column({ state: 'invalid', nextDueAt: NOW - 1 }),
      column({ state: 'paused', source: search('b'), nextDueAt: NOW + 5000 }),
    ]);
    expect(p).toEqual({ requests: [], waiting: [] });
  });

  it('does not let an invalid column share a request', () => {
    const ok = column();
    const invalid = column({ state: 'invalid' });
    expect(plan([ok, invalid]).requests[0]?.columnIds).toEqual([ok.id]);
  });

  it('waits out a backoff, then polls', () => {
    const c = column({ state: 'backoff', nextDueAt: NOW + 40_000 });
    expect(plan([c]).requests).toEqual([]);
    expect(plan([c]).nextWakeAt).toBe(NOW + 40_000);
    expect(plan([c], EMPTY_RATE_LIMITS, NOW + 40_000).requests).toHaveLength(1);
  });

  it('holds a column whose endpoint is rate-limited until the reset, and says until when', () => {
    const resetAt = NOW + 240_000;
    const limits = answered(EMPTY_RATE_LIMITS, brand, 'searchRecent', {
      status: 429,
      limit: 300,
      remaining: 0,
      resetAt,
    });
    const a = column();
    const b = column();
    const p = plan([a, b], limits);
    expect(p.requests).toEqual([]);
    expect(p.waiting).toEqual([
      { columnId: a.id, accountId: brand, endpoint: 'searchRecent', until: resetAt },
      { columnId: b.id, accountId: brand, endpoint: 'searchRecent', until: resetAt },
    ]);
    expect(p.nextWakeAt).toBe(resetAt);
    expect(plan([a, b], limits, resetAt).requests).toHaveLength(1);
  });

  it('lets other endpoints and other accounts go on', () => {
    const limits = answered(EMPTY_RATE_LIMITS, brand, 'searchRecent', {
      limit: 300,
      remaining: 0,
      resetAt: NOW + 60_000,
    });
    const held = column();
    const mentions = column({ source: { kind: 'mentions' } });
    const otherAccount = column({ accountId: personal });
    const p = plan([held, mentions, otherAccount], limits);
    expect(p.requests.map((r) => r.columnIds)).toEqual([[mentions.id], [otherAccount.id]]);
    expect(p.waiting.map((w) => w.columnId)).toEqual([held.id]);
  });

  it('spends the last calls on the most overdue requests', () => {
    const resetAt = NOW + 300_000;
    const limits = answered(EMPTY_RATE_LIMITS, brand, 'searchRecent', {
      limit: 300,
      remaining: 2,
      resetAt,
    });
    const recent = column({ source: search('a'), nextDueAt: NOW - 1_000 });
    const oldest = column({ source: search('b'), nextDueAt: NOW - 90_000 });
    const older = column({ source: search('c'), nextDueAt: NOW - 30_000 });
    const p = plan([recent, oldest, older], limits);
    expect(p.requests.map((r) => r.columnIds[0])).toEqual([oldest.id, older.id]);
    expect(p.waiting).toEqual([
      { columnId: recent.id, accountId: brand, endpoint: 'searchRecent', until: resetAt },
    ]);
  });

  it('forgets a rate limit whose window has passed', () => {
    const limits = answered(EMPTY_RATE_LIMITS, brand, 'searchRecent', {
      limit: 300,
      remaining: 0,
      resetAt: NOW - 1,
    });
    expect(plan([column()], limits).requests).toHaveLength(1);
  });
});

describe('minIntervalMs', () => {
  const searchLimit = 300; // recent search, per user, per 15 minutes

  /** Calls per window of `columns`, one call per distinct request at its fastest interval. */
  const callsPerWindow = (intervals: number[]) =>
    intervals.reduce((sum, ms) => sum + Math.ceil(WINDOW_MS / ms), 0);

  it('is the shortest interval the allowance sustains, and no shorter', () => {
    const others = [
      column({ source: search('b'), intervalMs: 60_000 }),
      column({ source: search('c'), intervalMs: 120_000 }),
      column({ source: search('c'), intervalMs: 30_000 }), // shares with the one above: its pace counts
    ];
    const target = column({ source: search('a') });
    const min = minIntervalMs(target, [target, ...others], searchLimit, 0.8);
    const budget = Math.floor(searchLimit * 0.8);
    const used = callsPerWindow([60_000, 30_000]);
    expect(callsPerWindow([min]) + used).toBeLessThanOrEqual(budget);
    expect(callsPerWindow([min - 1]) + used).toBeGreaterThan(budget);
  });

  it('costs nothing extra to share another column’s request', () => {
    const target = column({ source: search('a') });
    const alone = minIntervalMs(target, [], searchLimit);
    expect(
      minIntervalMs(target, [column({ source: search('a'), intervalMs: 5_000 })], searchLimit),
    ).toBe(alone);
    expect(
      minIntervalMs(target, [column({ source: search('b'), intervalMs: 5_000 })], searchLimit),
    ).toBeGreaterThan(alone);
  });

  it('ignores columns of other accounts, other endpoints, and those not polled', () => {
    const target = column({ source: search('a') });
    const alone = minIntervalMs(target, [], searchLimit);
    const ignored = [
      column({ accountId: personal, source: search('b'), intervalMs: 5_000 }),
      column({ source: { kind: 'mentions' }, intervalMs: 5_000 }),
      column({ source: search('c'), intervalMs: 5_000, state: 'invalid' }),
      column({ source: search('d'), intervalMs: 5_000, state: 'paused' }),
    ];
    expect(minIntervalMs(target, ignored, searchLimit)).toBe(alone);
  });

  it('is Infinity when the other columns use the whole allowance', () => {
    const target = column({ source: search('a') });
    const greedy = column({ source: search('b'), intervalMs: 3_000 }); // 300 calls per window
    expect(minIntervalMs(target, [greedy], searchLimit)).toBe(Infinity);
  });

  it('leaves room for a two-minute default on the home timeline with several columns', () => {
    const home = (exclude?: ['retweets']) =>
      column({ source: { kind: 'home', ...(exclude ? { exclude } : {}) } });
    const target = home();
    const others = [home(['retweets']), column({ source: { kind: 'mentions' } })];
    expect(minIntervalMs(target, others, 180)).toBeLessThanOrEqual(DEFAULT_REFRESH_MS);
  });
});
