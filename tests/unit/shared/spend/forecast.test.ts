import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  forecastMonth,
  sevenDayAverage,
  type DailySpend,
} from '../../../../src/shared/spend/forecast';

const days = (entries: Array<[string, number]>): DailySpend[] =>
  entries.map(([day, dollars]) => ({ day, dollars }));

describe('forecast to the end of the month', () => {
  it('is spent this month plus the 7-day average for the rest of today and every later day', () => {
    // 7 complete days at $1 before the 20th of a 30-day month; $0.40 so far today.
    const records = days([
      ['2026-06-13', 1],
      ['2026-06-14', 1],
      ['2026-06-15', 1],
      ['2026-06-16', 1],
      ['2026-06-17', 1],
      ['2026-06-18', 1],
      ['2026-06-19', 1],
      ['2026-06-20', 0.4],
    ]);
    const f = forecastMonth(records, '2026-06-20');
    expect(f.spentThisMonth).toBeCloseTo(7.4);
    expect(f.dailyAverage).toBeCloseTo(1);
    expect(f.daysAveraged).toBe(7);
    expect(f.daysLeft).toBe(10);
    // 7.40 spent + 0.60 more today + 10 days at $1.
    expect(f.forecastDollars).toBeCloseTo(18);
  });

  it('averages only the last 7 complete days, not older ones nor today', () => {
    const records = days([
      ['2026-06-01', 100], // older than a week: not in the average
      ['2026-06-12', 2],
      ['2026-06-19', 2],
      ['2026-06-20', 50], // today: not a complete day
    ]);
    const f = forecastMonth(records, '2026-06-20');
    // 13th..19th: one day at $2, six at $0.
    expect(f.dailyAverage).toBeCloseTo(2 / 7);
    expect(f.forecastDollars).toBeCloseTo(154 + 10 * (2 / 7));
  });

  it('sums several records of one day (one per account)', () => {
    const f = forecastMonth(
      days([
        ['2026-06-19', 1],
        ['2026-06-19', 0.5],
        ['2026-06-20', 0.25],
      ]),
      '2026-06-20',
    );
    expect(f.dailyAverage).toBeCloseTo(1.5);
    expect(f.spentThisMonth).toBeCloseTo(1.75);
  });

  it('with a few days of data, averages those days rather than diluting them over seven', () => {
    const f = forecastMonth(
      days([
        ['2026-06-18', 3],
        ['2026-06-19', 1],
      ]),
      '2026-06-20',
    );
    expect(f.daysAveraged).toBe(2);
    expect(f.dailyAverage).toBeCloseTo(2);
    expect(f.forecastDollars).toBeCloseTo(4 + 2 + 10 * 2);
  });

  it('on the first day of use, takes today so far as the rate', () => {
    const f = forecastMonth(days([['2026-06-20', 0.5]]), '2026-06-20');
    expect(f.daysAveraged).toBe(0);
    expect(f.dailyAverage).toBe(0.5);
    expect(f.forecastDollars).toBeCloseTo(0.5 + 10 * 0.5);
  });

  it('with zero spend, forecasts zero', () => {
    expect(forecastMonth([], '2026-06-20')).toMatchObject({
      spentThisMonth: 0,
      dailyAverage: 0,
      forecastDollars: 0,
    });
    const quiet = forecastMonth(
      days([
        ['2026-06-10', 0],
        ['2026-06-19', 0],
      ]),
      '2026-06-20',
    );
    expect(quiet.forecastDollars).toBe(0);
  });

  describe('month boundaries', () => {
    const lastWeekOfMay = days([
      ['2026-05-25', 1],
      ['2026-05-26', 1],
      ['2026-05-27', 1],
      ['2026-05-28', 1],
      ['2026-05-29', 1],
      ['2026-05-30', 1],
      ['2026-05-31', 1],
    ]);

    it('on the 1st, the month so far is today only, but last month sets the rate', () => {
      const f = forecastMonth(
        [...lastWeekOfMay, { day: '2026-06-01', dollars: 0.2 }],
        '2026-06-01',
      );
      expect(f.month).toBe('2026-06');
      expect(f.spentThisMonth).toBeCloseTo(0.2);
      expect(f.dailyAverage).toBeCloseTo(1);
      expect(f.daysLeft).toBe(29);
      expect(f.forecastDollars).toBeCloseTo(1 + 29);
    });

    it('on the last day, only the rest of today is added', () => {
      const f = forecastMonth(lastWeekOfMay.slice(0, 6), '2026-05-31');
      expect(f.daysLeft).toBe(0);
      expect(f.spentThisMonth).toBeCloseTo(6);
      expect(f.forecastDollars).toBeCloseTo(7);
    });

    it('knows month lengths, leap February included', () => {
      expect(daysInMonth('2026-02-10')).toBe(28);
      expect(daysInMonth('2028-02-10')).toBe(29);
      expect(daysInMonth('2026-12-31')).toBe(31);
      expect(forecastMonth([], '2028-02-28').daysLeft).toBe(1);
      expect(forecastMonth([], '2026-12-31').daysLeft).toBe(0);
    });
  });

  it('a column’s 7-day average is 0 before it has a complete day', () => {
    expect(sevenDayAverage(days([['2026-06-20', 3]]), '2026-06-20')).toBe(0);
    expect(
      sevenDayAverage(
        days([
          ['2026-06-19', 0.7],
          ['2026-06-20', 3],
        ]),
        '2026-06-20',
      ),
    ).toBeCloseTo(0.7);
  });
});
