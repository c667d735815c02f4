import { z } from 'zod';

/**
 * Where the month is heading: pure arithmetic over daily spend records, whatever keeps them
 * (today the JSON cost ledger; later the database). Days are UTC days, as X bills.
 */

export interface DailySpend {
  /** UTC day, YYYY-MM-DD. Several records of one day (one per account) add up. */
  day: string;
  dollars: number;
}

export interface MonthForecast {
  /** YYYY-MM of `today`. */
  month: string;
  spentThisMonth: number;
  spentToday: number;
  /** The daily rate the forecast assumes. */
  dailyAverage: number;
  /**
   * Whole days the average is taken over (at most 7, the complete days before today since the
   * first record). 0: there is no complete day yet, and today's spend so far is the rate.
   */
  daysAveraged: number;
  /** Spent this month plus the rest of today and every later day of the month at the average. */
  forecastDollars: number;
  /** Days of the month after today. */
  daysLeft: number;
}

const DAY_MS = 86_400_000;
export const AVERAGE_DAYS = 7;

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayName = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const cents6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function daysInMonth(day: string): number {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function forecastMonth(records: readonly DailySpend[], today: string): MonthForecast {
  const byDay = new Map<string, number>();
  for (const r of records) byDay.set(r.day, (byDay.get(r.day) ?? 0) + r.dollars);
  const month = today.slice(0, 7);
  let spentThisMonth = 0;
  for (const [day, dollars] of byDay)
    if (day.startsWith(month) && day <= today) spentThisMonth += dollars;
  const spentToday = byDay.get(today) ?? 0;

  // The complete days before today, back to the first day anything was recorded: a user who
  // started two days ago has a two-day average, not a seven-day one diluted by days before them.
  const recorded = [...byDay.keys()].filter((d) => d < today).sort();
  const first = recorded[0];
  const window: string[] = [];
  for (let i = 1; i <= AVERAGE_DAYS && first !== undefined; i++) {
    const day = dayName(dayMs(today) - i * DAY_MS);
    if (day < first) break;
    window.push(day);
  }
  const dailyAverage = window.length
    ? window.reduce((sum, d) => sum + (byDay.get(d) ?? 0), 0) / window.length
    : spentToday;

  const daysLeft = daysInMonth(today) - Number(today.slice(8, 10));
  // Today is still running: at least what is spent, at most what an average day costs.
  const restOfToday = Math.max(0, dailyAverage - spentToday);
  return {
    month,
    spentThisMonth: cents6(spentThisMonth),
    spentToday: cents6(spentToday),
    dailyAverage: cents6(dailyAverage),
    daysAveraged: window.length,
    forecastDollars: cents6(spentThisMonth + restOfToday + dailyAverage * daysLeft),
    daysLeft,
  };
}

/** A column's (or anyone's) average spend a day over the complete days before today. */
export function sevenDayAverage(records: readonly DailySpend[], today: string): number {
  const f = forecastMonth(records, today);
  return f.daysAveraged ? f.dailyAverage : 0;
}

export const MonthForecastSchema = z.object({
  month: z.string(),
  spentThisMonth: z.number().min(0),
  spentToday: z.number().min(0),
  dailyAverage: z.number().min(0),
  daysAveraged: z.number().int().min(0),
  forecastDollars: z.number().min(0),
  daysLeft: z.number().int().min(0),
}) satisfies z.ZodType<MonthForecast>;
