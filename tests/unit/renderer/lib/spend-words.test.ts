import { describe, expect, it } from 'vitest';
import {
  columnCostWords,
  formatDollars,
  monthWords,
  spendSummary,
} from '../../../../src/renderer/src/lib/spend-words';
import type { SpendView } from '../../../../src/shared/columns/content';
import { forecastMonth } from '../../../../src/shared/spend/forecast';

const spend = (accounts: Array<[number, number]>, cap: number | null = null): SpendView => ({
  day: '2026-05-04',
  accounts: accounts.map(([postsRead, dollars], i) => ({
    accountId: `a${i}`,
    postsRead,
    usersRead: 0,
    dollars,
    month: forecastMonth([], '2026-05-04'),
  })),
  app: forecastMonth([], '2026-05-04'),
  columns: [],
  monthToDateDollars: 3.1,
  monthlyCapDollars: cap,
  capReached: false,
});

describe('spend words', () => {
  it('sums today over every account', () => {
    expect(
      spendSummary(
        spend([
          [50, 0.25],
          [34, 0.17],
        ]),
      ),
    ).toBe('API spend today: $0.42 · 84 posts read');
  });

  it.each([
    [0, '$0.00'],
    [0.004, '<$0.01'],
    [0.005, '<$0.01'],
    [0.01, '$0.01'],
    [12.345, '$12.35'],
  ])('%s dollars → %s', (dollars, expected) => {
    expect(formatDollars(dollars)).toBe(expected);
  });

  it('says one post, and nothing read on a fresh day', () => {
    expect(spendSummary(spend([[1, 0.005]]))).toBe('API spend today: <$0.01 · 1 post read');
    expect(spendSummary(spend([]))).toBe('API spend today: $0.00 · 0 posts read');
  });

  it('puts the month against its cap', () => {
    expect(monthWords(spend([], 20))).toBe('$3.10 of $20.00 this month');
    expect(monthWords(spend([]))).toBe('$3.10 this month, no cap');
  });
});

describe('a column’s cost tooltip', () => {
  const column = { columnId: 'c', pricePerRead: 0.005, todayDollars: 0.1, averageDollars: 0.25 };
  it('prices the reads its status counted today, with the 7-day average', () => {
    expect(columnCostWords(column, 40)).toBe('Cost today ≈ $0.20 · 7-day average ≈ $0.25 a day');
    expect(columnCostWords(column)).toBe('Cost today ≈ $0.10 · 7-day average ≈ $0.25 a day');
    expect(columnCostWords({ ...column, pricePerRead: 0.001 }, 3)).toMatch(
      /^Cost today ≈ <\$0\.01/,
    );
  });
});
