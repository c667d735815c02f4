import { describe, expect, it } from 'vitest';
import { snoozeUntil } from '../../../../src/main/inbox/snooze-times';

const iso = (ms: number | null, zone: string) =>
  ms === null
    ? null
    : new Intl.DateTimeFormat('sv-SE', {
        timeZone: zone,
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(ms);

describe('snoozeUntil', () => {
  // Sunday 25 October 2026: Berlin leaves summer time at 03:00.
  const saturdayEvening = Date.parse('2026-10-24T20:10:00+02:00');

  it.each([
    ['later-today', 'Europe/Berlin', '2026-10-24 23:15'],
    ['tomorrow', 'Europe/Berlin', '2026-10-25 09:00'],
    ['next-week', 'Europe/Berlin', '2026-10-26 09:00'],
    ['tomorrow', 'America/New_York', '2026-10-25 09:00'],
    // already Sunday 03:10 in Tokyo: next week starts the next day
    ['next-week', 'Asia/Tokyo', '2026-10-26 09:00'],
  ] as const)('%s in %s', (choice, zone, expected) => {
    expect(iso(snoozeUntil(choice, saturdayEvening, zone), zone)).toBe(expected);
  });

  it('tomorrow morning across the DST change: 12 h 50 on the clock face, 13 h 50 in fact', () => {
    const until = snoozeUntil('tomorrow', saturdayEvening, 'Europe/Berlin')!;
    expect(until - saturdayEvening).toBe((13 * 60 + 50) * 60_000);
  });

  it('next week from a Monday is the Monday after', () => {
    const monday = Date.parse('2026-11-30T08:00:00Z');
    expect(iso(snoozeUntil('next-week', monday, 'Europe/London'), 'Europe/London')).toBe(
      '2026-12-07 09:00',
    );
  });

  it('a picked time must be ahead, and within a year', () => {
    const now = Date.parse('2026-11-30T08:00:00Z');
    expect(snoozeUntil({ until: now + 60_000 }, now, 'UTC')).toBe(now + 60_000);
    expect(snoozeUntil({ until: now }, now, 'UTC')).toBeNull();
    expect(snoozeUntil({ until: now - 1 }, now, 'UTC')).toBeNull();
    expect(snoozeUntil({ until: now + 400 * 86_400_000 }, now, 'UTC')).toBeNull();
    expect(snoozeUntil({ until: Number.NaN }, now, 'UTC')).toBeNull();
  });
});
