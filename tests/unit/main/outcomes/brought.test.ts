import { describe, expect, it } from 'vitest';
import { whatItBrought, type EffortDay } from '../../../../src/main/outcomes/brought';
import { reportCsv } from '../../../../src/main/timebox/report';
import type { OutcomeRecord } from '../../../../src/shared/outcomes/return-on-time';
import type { ReportDay } from '../../../../src/shared/timebox/view';

const DAY = 86_400_000;
const dayStart = (day: string) => Date.parse(`${day}T04:00:00Z`);
const daysUpTo = (last: string, n: number): EffortDay[] =>
  Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.parse(`${last}T00:00:00Z`) - (n - 1 - i) * DAY)
      .toISOString()
      .slice(0, 10);
    return { day, usedSeconds: 0, decks: {}, accounts: {}, dollars: 0 };
  });

function scenario(outcomes: OutcomeRecord[]) {
  const days = daysUpTo('2026-11-30', 30);
  // Today: 30 min on the brand deck as the brand account; 10 days ago: 60 min on personal.
  days[29] = {
    ...days[29]!,
    usedSeconds: 1800,
    decks: { brand: 1800 },
    accounts: { b: 1800 },
    dollars: 0.5,
  };
  days[19] = {
    ...days[19]!,
    usedSeconds: 3600,
    decks: { personal: 3600 },
    accounts: { p: 3600 },
    dollars: 1.25,
  };
  return whatItBrought({
    days,
    dayStart,
    end: dayStart('2026-12-01'),
    outcomes,
    decks: [
      { id: 'brand', name: 'Brand' },
      { id: 'personal', name: 'Personal' },
    ],
    accounts: [
      { id: 'b', name: '@quillory' },
      { id: 'p', name: '@sam' },
    ],
    accountDollars: (day, id) => (day === '2026-11-30' && id === 'b' ? 0.5 : 0),
  });
}

const sale = (at: number, over: Partial<OutcomeRecord> = {}): OutcomeRecord => ({
  at,
  kind: 'sale',
  valueMinor: 4800,
  currency: 'GBP',
  deckId: 'brand',
  accountId: 'b',
  ...over,
});

describe('what it brought', () => {
  it('says nothing was logged rather than showing zero value', () => {
    const r = scenario([]);
    expect(r.hasOutcomes).toBe(false);
    expect(r.periods.map((p) => [p.label, p.total.minutes, p.total.dollars])).toEqual([
      ['Today', 30, 0.5],
      ['Last 7 days', 30, 0.5],
      ['Last 30 days', 90, 1.75],
    ]);
    expect(r.periods[2]!.total.valuePerHour).toEqual({});
  });

  it('sums outcomes per period, deck and account, per currency, never converted', () => {
    const today = dayStart('2026-11-30') + 3600_000;
    const tenDaysAgo = dayStart('2026-11-20') + 60_000;
    const r = scenario([
      sale(today),
      sale(today, { valueMinor: 2000, currency: 'USD' }),
      sale(tenDaysAgo, { deckId: 'personal', accountId: 'p', valueMinor: 1000 }),
      sale(tenDaysAgo, {
        kind: 'call_booked',
        valueMinor: null,
        currency: null,
        deckId: 'personal',
        accountId: 'p',
      }),
      // Before the 30 days: left out.
      sale(dayStart('2026-10-31') - 1),
    ]);
    const [today1, week, month] = r.periods;
    expect(today1!.total).toMatchObject({
      outcomes: 2,
      value: { GBP: 4800, USD: 2000 },
      // 30 minutes: twice the value per hour.
      valuePerHour: { GBP: 9600, USD: 4000 },
    });
    expect(week!.total.outcomes).toBe(2);
    expect(month!.total).toMatchObject({
      outcomes: 4,
      byKind: { sale: 3, call_booked: 1 },
      value: { GBP: 5800, USD: 2000 },
      minutes: 90,
    });
    const personal = month!.decks.find((d) => d.id === 'personal')!;
    expect(personal).toMatchObject({
      minutes: 60,
      dollars: null,
      value: { GBP: 1000 },
      valuePerHour: { GBP: 1000 },
    });
    const brandAccount = month!.accounts.find((a) => a.id === 'b')!;
    expect(brandAccount).toMatchObject({
      minutes: 30,
      dollars: 0.5,
      value: { GBP: 4800, USD: 2000 },
    });
    expect(r.hasOutcomes).toBe(true);
  });

  it('puts logged outcomes in the Time CSV, per day and deck, money per currency', () => {
    const day: ReportDay = {
      day: '2026-11-30',
      budgetSeconds: 1800,
      usedSeconds: 600,
      decks: { brand: 600 },
      accounts: {},
      postsSent: 0,
      repliesSent: 1,
      postsRead: 3,
      dollars: 0.015,
      overrideMinutes: 0,
    };
    const csv = reportCsv(
      { days: [day], entries: [], sessions: [] },
      { decks: [{ id: 'brand', name: 'Brand', columns: [] }], activeDeckId: 'brand' } as never,
      () => [
        sale(0),
        sale(0, { valueMinor: 1250 }),
        sale(0, { valueMinor: 500, currency: 'JPY' }),
        sale(0, { deckId: null, kind: 'press_mention', valueMinor: null, currency: null }),
      ],
    );
    expect(csv.trim().split('\n')).toEqual([
      'day,deck,minutes_used,day_minutes_used,day_budget_minutes,override_minutes,posts_sent,replies_sent,posts_read,api_dollars,outcomes,outcome_value',
      '2026-11-30,Brand,10,10,30,0,0,1,3,0.015,3,60.50 GBP; 500 JPY',
      '2026-11-30,,0,10,30,0,0,1,3,0.015,1,',
    ]);
  });
});
