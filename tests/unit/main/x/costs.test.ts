import { describe, expect, it } from 'vitest';
import {
  EMPTY_LEDGER,
  allDaySpend,
  daySpend,
  monthToDateDollars,
  recordRead,
  recordWrite,
  utcDay,
  WHOLE_APP,
  type CostLedger,
  type ReadEvent,
  type ReadResource,
} from '../../../../src/main/x/costs';
import { DEFAULT_PRICES, PriceTableSchema } from '../../../../src/shared/x/spend';

const DAY = 86_400_000;
const JUNE_10 = Date.UTC(2026, 5, 10, 9, 0, 0);

const res = (type: ReadResource, ...ids: string[]) => ids.map((id) => ({ type, id }));

const read = (o: Partial<ReadEvent> & Pick<ReadEvent, 'resources'>): ReadEvent => ({
  accountId: 'brand',
  at: JUNE_10,
  owned: false,
  ...o,
});

const reads = (...es: ReadEvent[]): CostLedger => es.reduce(recordRead, EMPTY_LEDGER);

describe('the read ledger', () => {
  it('counts posts, users and lists and prices them at X’s published rates', () => {
    const l = reads(read({ resources: [...res('post', '1', '2', '3'), ...res('user', '9')] }));
    const d = daySpend(l, 'brand', '2026-06-10', DEFAULT_PRICES);
    expect([d.postsRead, d.usersRead, d.listsRead]).toEqual([3, 1, 0]);
    expect(d.owned).toEqual({ posts: 0, users: 0, lists: 0 });
    expect(d.dollars).toBe(0.025);
  });

  it('bills the same post once per UTC day, as X deduplicates', () => {
    const l = reads(
      read({ resources: res('post', '1', '2') }),
      read({ at: JUNE_10 + 60_000, resources: res('post', '2', '3', '3') }),
    );
    expect(daySpend(l, 'brand', '2026-06-10', DEFAULT_PRICES).postsRead).toBe(3);
  });

  it('bills a post once for the whole app, to the first account that read it', () => {
    const l = reads(
      read({ resources: res('post', '1', '2') }),
      read({ accountId: 'personal', resources: res('post', '2', '3') }),
    );
    expect(daySpend(l, 'brand', '2026-06-10', DEFAULT_PRICES).postsRead).toBe(2);
    expect(daySpend(l, 'personal', '2026-06-10', DEFAULT_PRICES).postsRead).toBe(1);
  });

  it('bills it again after midnight UTC', () => {
    const beforeMidnight = Date.UTC(2026, 5, 10, 23, 59, 59);
    const l = reads(
      read({ at: beforeMidnight, resources: res('post', '1') }),
      read({ at: beforeMidnight + 1000, resources: res('post', '1') }),
    );
    expect(allDaySpend(l, DEFAULT_PRICES).map((d) => [d.day, d.postsRead])).toEqual([
      ['2026-06-10', 1],
      ['2026-06-11', 1],
    ]);
  });

  it('tells a post from a user with the same id', () => {
    const l = reads(read({ resources: [...res('post', '7'), ...res('user', '7')] }));
    const d = daySpend(l, 'brand', '2026-06-10', DEFAULT_PRICES);
    expect([d.postsRead, d.usersRead]).toEqual([1, 1]);
  });

  it('counts owned reads apart, at the owned-read price', () => {
    const l = reads(
      read({ owned: true, resources: [...res('post', '1', '2'), ...res('user', '5')] }),
      read({ resources: res('post', '3') }),
    );
    const d = daySpend(l, 'brand', '2026-06-10', DEFAULT_PRICES);
    // X's usage counts every post read; the bill prices the owned ones lower.
    expect([d.postsRead, d.usersRead]).toEqual([3, 1]);
    expect(d.owned).toEqual({ posts: 2, users: 1, lists: 0 });
    expect(d.dollars).toBe(0.008);
  });

  it('does not bill an owned post again when a search finds it the same day', () => {
    const l = reads(
      read({ owned: true, resources: res('post', '1') }),
      read({ resources: res('post', '1') }),
    );
    const d = daySpend(l, 'brand', '2026-06-10', DEFAULT_PRICES);
    expect([d.postsRead, d.owned.posts, d.dollars]).toEqual([1, 1, 0.001]);
  });

  it('returns the same ledger when nothing new was billed', () => {
    const l = reads(read({ resources: res('post', '1') }));
    expect(recordRead(l, read({ resources: res('post', '1') }))).toBe(l);
    expect(recordRead(l, read({ resources: [] }))).toBe(l);
  });

  it('remembers billed resources only for recent days', () => {
    const l = reads(
      ...[0, 1, 2, 3].map((d) => read({ at: JUNE_10 + d * DAY, resources: res('post', '1') })),
    );
    expect(Object.keys(l.billed[WHOLE_APP] ?? {})).toEqual(['2026-06-12', '2026-06-13']);
    expect(allDaySpend(l, DEFAULT_PRICES)).toHaveLength(4);
  });

  it('reports an untouched day as zero', () => {
    const d = daySpend(EMPTY_LEDGER, 'brand', '2026-06-10', DEFAULT_PRICES);
    expect(d.dollars).toBe(0);
    expect(d.writes.postCreate).toBe(0);
  });
});

describe('writes', () => {
  it.each([
    ['postCreate', 0.015],
    ['postCreateWithUrl', 0.2],
    ['replySummoned', 0.01],
    ['interactionCreate', 0.015],
    ['interactionDelete', 0.01],
    ['contentManage', 0.005],
  ] as const)('prices %s at $%d per request', (write, price) => {
    const l = [1, 2].reduce(
      (acc, i) => recordWrite(acc, { accountId: 'brand', at: JUNE_10 + i, write }),
      EMPTY_LEDGER,
    );
    const d = daySpend(l, 'brand', '2026-06-10', DEFAULT_PRICES);
    expect(d.writes[write]).toBe(2);
    expect(d.dollars).toBeCloseTo(2 * price, 9);
  });
});

describe('prices and totals', () => {
  const l = reads(
    read({ at: Date.UTC(2026, 4, 31, 12), resources: res('post', '1', '2') }), // May
    read({ at: Date.UTC(2026, 5, 1, 0, 0, 1), resources: res('post', '1') }),
    read({ at: JUNE_10, resources: res('user', '4', '5') }),
    read({ accountId: 'personal', at: JUNE_10, resources: res('post', '8') }),
    read({ at: Date.UTC(2026, 5, 20), resources: res('post', '9') }), // a later day
  );

  it.each([
    // Dollars to the micro-dollar: sums of prices come out as a person would write them.
    ['brand, June 1 to 10', JUNE_10, 'brand', 0.025],
    ['all accounts, June 1 to 10', JUNE_10, undefined, 0.03],
    ['brand, on May 31', Date.UTC(2026, 4, 31, 23), 'brand', 0.01],
    ['brand, through June 20', Date.UTC(2026, 5, 20, 23), 'brand', 0.03],
  ])('month to date: %s', (_, now, account, dollars) => {
    expect(monthToDateDollars(l, now, DEFAULT_PRICES, account)).toBe(dollars);
  });

  it('reprices the past when the user changes the price table', () => {
    const prices = PriceTableSchema.parse({ postRead: 0.01 });
    expect(prices.userRead).toBe(0.01);
    expect(monthToDateDollars(l, JUNE_10, prices, 'brand')).toBe(0.03);
  });

  it.each([
    [Date.UTC(2026, 5, 10, 0, 0, 0), '2026-06-10'],
    [Date.UTC(2026, 5, 10, 23, 59, 59, 999), '2026-06-10'],
    [Date.UTC(2026, 11, 31, 23, 59, 59), '2026-12-31'],
  ])('names the UTC day of %d as %s', (ms, day) => {
    expect(utcDay(ms)).toBe(day);
  });
});
