import { describe, expect, it } from 'vitest';
import { intervalFloorMs } from '../../../../src/main/columns/interval-floor';
import { MIN_REFRESH_MS, type Column } from '../../../../src/shared/decks/schema';
import { NO_FILTERS } from '../../../../src/shared/search/column-filters';

const col = (id: string, patch: Partial<Column>): Column => ({
  id,
  type: 'search',
  title: id,
  width: 'medium',
  accountId: 'brand',
  intervalMs: 120_000,
  notify: false,
  filters: NO_FILTERS,
  query: id,
  ...patch,
});

describe('the shortest refresh interval a column may have', () => {
  it('is the 15-second floor for a lone column, or one without an account or a query', () => {
    expect(intervalFloorMs(col('a', {}), [col('a', {})])).toBe(MIN_REFRESH_MS);
    expect(intervalFloorMs(col('a', { accountId: null }), [])).toBe(MIN_REFRESH_MS);
    expect(intervalFloorMs(col('a', { query: undefined }), [])).toBe(MIN_REFRESH_MS);
  });

  it("rises with the account's other columns on the same endpoint (home timeline: 180 calls in 15 min)", () => {
    const others = [
      col('u1', { type: 'user', username: 'ann', intervalMs: 15_000 }),
      col('u2', { type: 'user', username: 'bob', intervalMs: 15_000 }),
    ];
    const home = col('h', { type: 'home', query: undefined, intervalMs: 15_000 });
    expect(intervalFloorMs(home, [home])).toBe(MIN_REFRESH_MS);
    // User posts (900) are another endpoint: they leave the home timeline's allowance alone.
    expect(intervalFloorMs(home, [home, ...others])).toBe(MIN_REFRESH_MS);
    const twoHomes = [
      col('x', { type: 'home', query: undefined, intervalMs: 15_000, filters: { ...NO_FILTERS } }),
    ];
    // The same request (same account, same home timeline) is shared: it costs nothing extra.
    expect(intervalFloorMs(home, [home, ...twoHomes])).toBe(MIN_REFRESH_MS);
  });

  it('refuses outright when the other searches use the whole allowance (300 in 15 min, 80% usable)', () => {
    const busy = Array.from({ length: 4 }, (_, i) => col(`s${i}`, { intervalMs: 15_000 })); // 4 × 60 = 240 calls
    expect(intervalFloorMs(col('new', {}), [...busy, col('new', {})])).toBe(Infinity);
    const three = busy.slice(0, 3); // 180 calls: 60 left, one every 15 s
    expect(intervalFloorMs(col('new', {}), [...three])).toBe(15_000);
    const threeAndAHalf = [...three, col('s9', { intervalMs: 30_000 })]; // 210: 30 left
    expect(intervalFloorMs(col('new', {}), threeAndAHalf)).toBe(30_000);
  });

  it('ignores other accounts', () => {
    const busy = Array.from({ length: 4 }, (_, i) =>
      col(`s${i}`, { intervalMs: 15_000, accountId: 'personal' }),
    );
    expect(intervalFloorMs(col('new', {}), busy)).toBe(MIN_REFRESH_MS);
  });
});
