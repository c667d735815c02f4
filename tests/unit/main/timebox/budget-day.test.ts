import { describe, expect, it } from 'vitest';
import {
  addDays,
  budgetDayOf,
  calendarDateOf,
  dayStartAt,
  nextResetAt,
  weekdayOf,
} from '../../../../src/main/timebox/budget-day';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

describe('budgetDayOf: the reset hour splits the home-zone date', () => {
  it.each([
    // zone, reset hour, instant (UTC), budget day
    ['Europe/Berlin', 4, '2026-06-10T01:59:59.999Z', '2026-06-09'], // 03:59:59.999 CEST
    ['Europe/Berlin', 4, '2026-06-10T02:00:00.000Z', '2026-06-10'], // 04:00 CEST
    ['Europe/Berlin', 4, '2026-06-10T21:59:59.000Z', '2026-06-10'], // 23:59:59 CEST
    ['Europe/Berlin', 4, '2026-06-10T22:00:00.000Z', '2026-06-10'], // 00:00 CEST, 11th
    ['Europe/Berlin', 0, '2026-06-09T21:59:59.000Z', '2026-06-09'],
    ['Europe/Berlin', 0, '2026-06-09T22:00:00.000Z', '2026-06-10'],
    ['Europe/Berlin', 23, '2026-06-10T20:59:59.000Z', '2026-06-09'], // 22:59:59 CEST
    ['Europe/Berlin', 23, '2026-06-10T21:00:00.000Z', '2026-06-10'], // 23:00 CEST
    ['Europe/Berlin', 4, '2026-01-15T02:59:59.000Z', '2026-01-14'], // 03:59:59 CET
    ['Europe/Berlin', 4, '2026-01-15T03:00:00.000Z', '2026-01-15'], // 04:00 CET
    ['UTC', 4, '2026-01-01T03:59:59.000Z', '2025-12-31'], // across a year
    ['UTC', 4, '2026-01-01T04:00:00.000Z', '2026-01-01'],
    ['UTC', 4, '2028-03-01T03:00:00.000Z', '2028-02-29'], // leap day
    ['Asia/Kolkata', 4, '2026-06-09T22:29:59.000Z', '2026-06-09'], // 03:59:59 IST (+05:30)
    ['Asia/Kolkata', 4, '2026-06-09T22:30:00.000Z', '2026-06-10'],
    ['America/New_York', 4, '2026-06-10T07:59:59.000Z', '2026-06-09'], // 03:59:59 EDT
    ['America/New_York', 4, '2026-06-10T08:00:00.000Z', '2026-06-10'],
    ['Pacific/Kiritimati', 4, '2026-06-09T13:59:59.000Z', '2026-06-09'], // +14:00
    ['Pacific/Kiritimati', 4, '2026-06-09T14:00:00.000Z', '2026-06-10'],
    ['Pacific/Pago_Pago', 4, '2026-06-10T14:59:59.000Z', '2026-06-09'], // -11:00
    ['Pacific/Pago_Pago', 4, '2026-06-10T15:00:00.000Z', '2026-06-10'],
  ] as const)('%s, reset %i:00, at %s -> %s', (zone, reset, instant, day) => {
    expect(budgetDayOf(at(instant), zone, reset)).toBe(day);
  });

  it('names the same day for one instant whatever zone the machine is in, only by the home zone', () => {
    // 2026-06-10T20:00Z is already the 11th in Tokyo and still the 10th in Los Angeles.
    const instant = at('2026-06-10T20:00:00Z');
    expect(budgetDayOf(instant, 'Asia/Tokyo', 4)).toBe('2026-06-11');
    expect(budgetDayOf(instant, 'America/Los_Angeles', 4)).toBe('2026-06-10');
  });
});

describe('DST days: when the reset hour is skipped or repeated', () => {
  // Europe/Berlin 2026-03-29: 02:00 CET -> 03:00 CEST at 01:00Z.
  // Europe/Berlin 2026-10-25: 03:00 CEST -> 02:00 CET at 01:00Z.
  // America/New_York 2026-03-08: 02:00 EST -> 03:00 EDT at 07:00Z.
  // America/New_York 2026-11-01: 02:00 EDT -> 01:00 EST at 06:00Z.
  it.each([
    // zone, day, reset, the instant the day starts, why
    ['Europe/Berlin', '2026-03-29', 1, '2026-03-29T00:00:00.000Z', '01:00 CET, before the gap'],
    ['Europe/Berlin', '2026-03-29', 2, '2026-03-29T01:00:00.000Z', '02:00 is skipped: 03:00 CEST'],
    ['Europe/Berlin', '2026-03-29', 3, '2026-03-29T01:00:00.000Z', '03:00 CEST, end of the gap'],
    ['Europe/Berlin', '2026-03-29', 4, '2026-03-29T02:00:00.000Z', '04:00 CEST'],
    ['Europe/Berlin', '2026-10-25', 1, '2026-10-24T23:00:00.000Z', '01:00 CEST'],
    ['Europe/Berlin', '2026-10-25', 2, '2026-10-25T00:00:00.000Z', 'the first of two 02:00s'],
    ['Europe/Berlin', '2026-10-25', 3, '2026-10-25T02:00:00.000Z', '03:00 CET'],
    ['Europe/Berlin', '2026-10-25', 4, '2026-10-25T03:00:00.000Z', '04:00 CET'],
    ['America/New_York', '2026-03-08', 1, '2026-03-08T06:00:00.000Z', '01:00 EST'],
    [
      'America/New_York',
      '2026-03-08',
      2,
      '2026-03-08T07:00:00.000Z',
      '02:00 is skipped: 03:00 EDT',
    ],
    ['America/New_York', '2026-03-08', 3, '2026-03-08T07:00:00.000Z', '03:00 EDT'],
    ['America/New_York', '2026-03-08', 4, '2026-03-08T08:00:00.000Z', '04:00 EDT'],
    ['America/New_York', '2026-11-01', 1, '2026-11-01T05:00:00.000Z', 'the first of two 01:00s'],
    ['America/New_York', '2026-11-01', 2, '2026-11-01T07:00:00.000Z', '02:00 EST'],
    ['America/New_York', '2026-11-01', 4, '2026-11-01T09:00:00.000Z', '04:00 EST'],
  ] as const)('%s %s, reset %i:00 starts at %s (%s)', (zone, day, reset, start, _why) => {
    expect(iso(dayStartAt(day, zone, reset))).toBe(start);
    expect(budgetDayOf(at(start) - 1, zone, reset)).toBe(addDays(day, -1));
    expect(budgetDayOf(at(start), zone, reset)).toBe(day);
  });

  it.each([
    // zone, reset, the day before the change, its length and the next's, in hours
    ['Europe/Berlin', 4, '2026-03-28', 23, 24],
    ['Europe/Berlin', 2, '2026-03-28', 24, 23],
    ['Europe/Berlin', 4, '2026-10-24', 25, 24],
    ['Europe/Berlin', 2, '2026-10-24', 24, 25],
    ['America/New_York', 4, '2026-03-07', 23, 24],
    ['America/New_York', 2, '2026-03-07', 24, 23],
    ['America/New_York', 4, '2026-10-31', 25, 24],
    ['America/New_York', 1, '2026-10-31', 24, 25],
  ] as const)('%s reset %i:00: %s lasts %ih, the next %ih', (zone, reset, day, first, second) => {
    const start = (d: string) => dayStartAt(d, zone, reset);
    expect((start(addDays(day, 1)) - start(day)) / HOUR).toBe(first);
    expect((start(addDays(day, 2)) - start(addDays(day, 1))) / HOUR).toBe(second);
  });

  it('keeps the repeated hour of a fall-back day in the day that has just begun', () => {
    // 02:30 happens twice in Berlin on 2026-10-25 (CEST, then CET); reset at 02:00.
    expect(budgetDayOf(at('2026-10-25T00:30:00Z'), 'Europe/Berlin', 2)).toBe('2026-10-25');
    expect(budgetDayOf(at('2026-10-25T01:30:00Z'), 'Europe/Berlin', 2)).toBe('2026-10-25');
    // 01:30 twice in New York on 2026-11-01; reset at 01:00.
    expect(budgetDayOf(at('2026-11-01T05:30:00Z'), 'America/New_York', 1)).toBe('2026-11-01');
    expect(budgetDayOf(at('2026-11-01T06:30:00Z'), 'America/New_York', 1)).toBe('2026-11-01');
    // With reset at 02:00 in New York, both 01:30s still belong to the day before.
    expect(budgetDayOf(at('2026-11-01T06:30:00Z'), 'America/New_York', 2)).toBe('2026-10-31');
  });

  it('starts a day whose midnight is skipped at the end of the gap (Havana, 2026-03-08)', () => {
    expect(iso(dayStartAt('2026-03-08', 'America/Havana', 0))).toBe('2026-03-08T05:00:00.000Z');
  });

  it('survives a date that never happened (Samoa skipped 2011-12-30)', () => {
    // 23:59:59 on the 29th (UTC-10) was followed by 00:00 on the 31st (UTC+14).
    expect(iso(dayStartAt('2011-12-30', 'Pacific/Apia', 4))).toBe('2011-12-30T10:00:00.000Z');
    expect(budgetDayOf(at('2011-12-30T10:00:00Z'), 'Pacific/Apia', 4)).toBe('2011-12-30');
    expect(budgetDayOf(at('2011-12-30T14:00:00Z'), 'Pacific/Apia', 4)).toBe('2011-12-31');
  });
});

describe('nextResetAt', () => {
  it.each([
    ['Europe/Berlin', 4, '2026-06-10T12:00:00Z', '2026-06-11T02:00:00.000Z'],
    ['Europe/Berlin', 4, '2026-06-10T01:00:00Z', '2026-06-10T02:00:00.000Z'],
    ['Europe/Berlin', 4, '2026-06-10T02:00:00Z', '2026-06-11T02:00:00.000Z'],
    ['Europe/Berlin', 2, '2026-03-28T12:00:00Z', '2026-03-29T01:00:00.000Z'], // skipped 02:00
    ['Europe/Berlin', 2, '2026-10-25T00:30:00Z', '2026-10-26T01:00:00.000Z'], // 25-hour day
    ['America/New_York', 4, '2026-03-07T20:00:00Z', '2026-03-08T08:00:00.000Z'],
    ['America/New_York', 4, '2026-10-31T20:00:00Z', '2026-11-01T09:00:00.000Z'],
  ] as const)('%s reset %i:00, at %s -> %s', (zone, reset, instant, next) => {
    expect(iso(nextResetAt(at(instant), zone, reset))).toBe(next);
  });
});

describe('calendar arithmetic on budget days', () => {
  it.each([
    ['2026-03-29', 'sun'],
    ['2026-03-30', 'mon'],
    ['2026-01-01', 'thu'],
    ['2028-02-29', 'tue'],
    ['2026-10-25', 'sun'],
    ['2026-11-07', 'sat'],
  ] as const)('%s is a %s', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-29', 0, '2026-03-29'],
    ['2026-01-10', -40, '2025-12-01'],
  ] as const)('%s + %i days = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it('refuses what is not a day', () => {
    expect(() => addDays('29.03.2026', 1)).toThrow(/Not a budget day/);
  });
});

/**
 * An independent oracle: Intl's own formatted local time (a different code path from the
 * module's), with the plain rule "before the reset hour belongs to the day before". For whole
 * reset hours in these zones the plain rule and the module's definition agree everywhere.
 */
const oracleFormats = new Map<string, Intl.DateTimeFormat>();
function oracle(ms: number, zone: string, reset: number): string {
  if (!oracleFormats.has(zone)) {
    const options = { timeZone: zone, hourCycle: 'h23' } as const;
    oracleFormats.set(
      zone,
      new Intl.DateTimeFormat('sv-SE', { ...options, dateStyle: 'short', timeStyle: 'medium' }),
    );
  }
  const text = oracleFormats.get(zone)!.format(ms);
  const [date, time] = text.split(' ') as [string, string];
  return Number(time.split(':')[0]) >= reset ? date : addDays(date, -1);
}

describe('a whole year, checked against an oracle', () => {
  const zones = ['Europe/Berlin', 'America/New_York'] as const;
  const changes = [
    '2026-03-29T01:00:00Z',
    '2026-10-25T01:00:00Z',
    '2026-03-08T07:00:00Z',
    '2026-11-01T06:00:00Z',
  ].map(at);

  it.each(zones)(
    '%s: every hour of 2026 and every minute around each DST change',
    { timeout: 60_000 },
    (zone) => {
      const instants: number[] = [];
      for (let t = at('2026-01-01T00:30:00Z'); t < at('2027-01-01T00:00:00Z'); t += HOUR) {
        instants.push(t);
      }
      for (const change of changes) {
        for (let t = change - 2 * HOUR; t <= change + 2 * HOUR; t += 60_000) instants.push(t);
      }
      const sorted = instants.sort((a, b) => a - b);
      const failures: string[] = [];
      for (const reset of [0, 1, 2, 3, 4, 23]) {
        let previous = '';
        for (const t of sorted) {
          const day = budgetDayOf(t, zone, reset);
          const where = `reset ${reset} at ${iso(t)}: ${day}`;
          if (day !== oracle(t, zone, reset))
            failures.push(`${where} vs ${oracle(t, zone, reset)}`);
          // Inside its own bounds, and never going backwards as time goes on.
          if (dayStartAt(day, zone, reset) > t) failures.push(`${where} starts later`);
          if (nextResetAt(t, zone, reset) <= t) failures.push(`${where} ended already`);
          if (day < previous) failures.push(`${where} went back from ${previous}`);
          previous = day;
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it('asked in any order, in turn for other zones and reset hours, each answer is the oracle’s', () => {
    // budgetDayOf keeps the last day it named: an answer must never leak to another question.
    const failures: string[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 3000; i++) {
      const zone = zones[Math.floor(next() * zones.length)]!;
      const reset = [0, 2, 4, 23][Math.floor(next() * 4)]!;
      const change = changes[Math.floor(next() * changes.length)]!;
      const t = change + Math.floor((next() - 0.5) * 4 * 24 * HOUR);
      const day = budgetDayOf(t, zone, reset);
      if (day !== oracle(t, zone, reset))
        failures.push(`${zone} reset ${reset} at ${iso(t)}: ${day}`);
    }
    expect(failures).toEqual([]);
  });

  it('the calendar date alone ignores the reset hour', () => {
    expect(calendarDateOf(at('2026-06-10T01:00:00Z'), 'Europe/Berlin')).toBe('2026-06-10');
  });
});
