import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  costsByConversation,
  periodCost,
  sumCosts,
  type CostRecords,
} from '../../../../src/shared/inbox/cost';
import { DEFAULT_PRICES, WRITE_KINDS } from '../../../../src/shared/x/prices';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.UTC(2026, 10, 30, 9);

const records = (o: Partial<CostRecords>): CostRecords => ({
  reads: [],
  writes: [],
  attention: [],
  ...o,
});

describe('what a conversation cost', () => {
  it('prices posts read at the post-read price, owned reads at the owned price, replies at their write', () => {
    const r = records({
      reads: [
        { key: 'a', at: T0, owned: false },
        { key: 'a', at: T0 + MIN, owned: false },
        { key: 'a', at: T0 + 2 * MIN, owned: true },
        { key: 'b', at: T0, owned: true },
      ],
      writes: [
        { key: 'a', at: T0 + 3 * MIN, kind: 'replySummoned' },
        { key: 'b', at: T0 + 3 * MIN, kind: 'postCreateWithUrl' },
      ],
      attention: [
        { key: 'a', at: T0, ms: 4 * MIN },
        { key: 'a', at: T0 + 15 * MIN, ms: 2 * MIN },
      ],
    });
    const costs = costsByConversation(r, DEFAULT_PRICES);
    // 2 × $0.005 + 1 × $0.001 + $0.010 (a summoned reply)
    expect(costs.get('a')).toEqual({ postsRead: 3, dollars: 0.021, attentionMs: 6 * MIN });
    // $0.001 + $0.200 (a post with a link)
    expect(costs.get('b')).toEqual({ postsRead: 1, dollars: 0.201, attentionMs: 0 });
    expect(costs.has('c')).toBe(false);
  });

  it('follows the price table it is given (a changed price reprices the past)', () => {
    const r = records({ reads: [{ key: 'a', at: T0, owned: false }] });
    expect(costsByConversation(r, { ...DEFAULT_PRICES, postRead: 0.01 }).get('a')?.dollars).toBe(
      0.01,
    );
  });

  it('keeps only what falls in [start, end) when a period is asked for', () => {
    const r = records({
      reads: [
        { key: 'a', at: T0 - 1, owned: false },
        { key: 'a', at: T0, owned: false },
        { key: 'a', at: T0 + DAY, owned: false },
      ],
      attention: [
        { key: 'a', at: T0 + DAY - 15 * MIN, ms: MIN },
        { key: 'a', at: T0 + DAY, ms: MIN },
      ],
    });
    expect(costsByConversation(r, DEFAULT_PRICES, { start: T0, end: T0 + DAY }).get('a')).toEqual({
      postsRead: 1,
      dollars: 0.005,
      attentionMs: MIN,
    });
  });

  it('gives a period its total and the mean per conversation answered, or none when none was', () => {
    const r = records({
      reads: [
        { key: 'a', at: T0, owned: false },
        { key: 'b', at: T0, owned: false },
        { key: 'c', at: T0, owned: false },
      ],
      writes: [{ key: 'a', at: T0, kind: 'replySummoned' }],
      attention: [{ key: 'a', at: T0, ms: 3 * MIN }],
    });
    expect(periodCost(r, DEFAULT_PRICES, T0, T0 + DAY, 2)).toEqual({
      total: { postsRead: 3, dollars: 0.025, attentionMs: 3 * MIN },
      perAnswered: { postsRead: 1.5, dollars: 0.0125, attentionMs: 1.5 * MIN },
    });
    expect(periodCost(r, DEFAULT_PRICES, T0, T0 + DAY, 0).perAnswered).toBeNull();
    expect(periodCost(records({}), DEFAULT_PRICES, T0, T0 + DAY, 0).total).toEqual({
      postsRead: 0,
      dollars: 0,
      attentionMs: 0,
    });
  });

  const arbRecords = fc.record({
    reads: fc.array(
      fc.record({
        key: fc.constantFrom('a', 'b', 'c'),
        at: fc.integer({ min: T0, max: T0 + 7 * DAY }),
        owned: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
    writes: fc.array(
      fc.record({
        key: fc.constantFrom('a', 'b', 'c'),
        at: fc.integer({ min: T0, max: T0 + 7 * DAY }),
        kind: fc.constantFrom(...WRITE_KINDS),
      }),
      { maxLength: 10 },
    ),
    attention: fc.array(
      fc.record({
        key: fc.constantFrom('a', 'b', 'c'),
        at: fc.integer({ min: T0, max: T0 + 7 * DAY }),
        ms: fc.nat(15 * MIN),
      }),
      { maxLength: 20 },
    ),
  });

  it('adds up: the days of a week sum to the week, the conversations to the total', () => {
    fc.assert(
      fc.property(arbRecords, (r) => {
        const week = periodCost(r, DEFAULT_PRICES, T0, T0 + 7 * DAY, 0).total;
        const days = Array.from(
          { length: 7 },
          (_, i) => periodCost(r, DEFAULT_PRICES, T0 + i * DAY, T0 + (i + 1) * DAY, 0).total,
        );
        const summed = sumCosts(days);
        // The last instant (T0 + 7 days) lies outside the week: records at it are left out of both.
        expect(summed.postsRead).toBe(week.postsRead);
        expect(summed.attentionMs).toBe(week.attentionMs);
        expect(summed.dollars).toBeCloseTo(week.dollars, 6);
        const all = sumCosts(costsByConversation(r, DEFAULT_PRICES).values());
        expect(all.postsRead).toBe(r.reads.length);
        expect(all.attentionMs).toBe(r.attention.reduce((n, a) => n + a.ms, 0));
        const dollars =
          r.reads.reduce(
            (n, x) => n + (x.owned ? DEFAULT_PRICES.ownedRead : DEFAULT_PRICES.postRead),
            0,
          ) + r.writes.reduce((n, w) => n + DEFAULT_PRICES[w.kind], 0);
        expect(all.dollars).toBeCloseTo(dollars, 6);
      }),
    );
  });
});
