import { describe, expect, it } from 'vitest';
import { createCostTracker, createRateLimitTracker } from '../../../../src/main/x/trackers';
import { DEFAULT_PRICES, type PriceTable } from '../../../../src/shared/x/spend';

const T0 = Date.UTC(2026, 5, 10, 12);
const headers = (remaining: number) => ({
  'x-rate-limit-limit': '300',
  'x-rate-limit-remaining': String(remaining),
  'x-rate-limit-reset': String(T0 / 1000 + 600),
});

describe('the trackers the poller and the UI read', () => {
  it('tell listeners when a window changes, and only then', () => {
    const t = createRateLimitTracker();
    let changes = 0;
    const off = t.onChange(() => changes++);
    const seen = { accountId: 'brand', endpoint: 'searchRecent', now: T0, status: 200 };
    t.observe({ ...seen, headers: headers(5) });
    t.observe({ ...seen, headers: {} }); // nothing learnt
    t.observe({ ...seen, headers: headers(4) });
    off();
    t.observe({ ...seen, headers: headers(3) });
    expect(changes).toBe(2);
    expect(t.entries()).toEqual([
      {
        accountId: 'brand',
        endpoint: 'searchRecent',
        limit: 300,
        remaining: 3,
        resetAt: T0 + 600_000,
        observedAt: T0,
      },
    ]);
  });

  it('reprice at once when the price table in settings changes', () => {
    let prices: PriceTable = DEFAULT_PRICES;
    const t = createCostTracker(() => prices);
    t.recordRead({
      accountId: 'brand',
      at: T0,
      owned: false,
      resources: [{ type: 'post', id: '1' }],
    });
    expect(t.monthToDateDollars(T0)).toBe(0.005);
    prices = { ...DEFAULT_PRICES, postRead: 0.02 };
    expect(t.monthToDateDollars(T0)).toBe(0.02);
    expect(t.daySpend('brand', '2026-06-10').dollars).toBe(0.02);
  });
});
