import { DateTime } from 'luxon';

/**
 * When a snoozed conversation wakes, for the choices the inbox offers. Named in the owner's home
 * zone (the time box's), so "tomorrow" is tomorrow morning where they live, across DST changes.
 */
export type SnoozeChoice = 'later-today' | 'tomorrow' | 'next-week' | { until: number };

/** Mornings start here: a snooze to "tomorrow" wakes at 09:00. */
export const MORNING_HOUR = 9;
const LATER_TODAY_MS = 3 * 3_600_000;
const QUARTER_MS = 15 * 60_000;
const LONGEST_MS = 366 * 24 * 3_600_000;

/** The wake-up time, or null for a picked time that is past or more than a year away. */
export function snoozeUntil(choice: SnoozeChoice, now: number, zone: string): number | null {
  const local = DateTime.fromMillis(now, { zone });
  const morning = (day: DateTime) =>
    day.set({ hour: MORNING_HOUR, minute: 0, second: 0, millisecond: 0 }).toMillis();
  if (choice === 'later-today') {
    return Math.ceil((now + LATER_TODAY_MS) / QUARTER_MS) * QUARTER_MS;
  }
  if (choice === 'tomorrow') return morning(local.plus({ days: 1 }));
  if (choice === 'next-week') return morning(local.plus({ days: 8 - local.weekday }));
  const { until } = choice;
  return Number.isFinite(until) && until > now && until - now <= LONGEST_MS ? until : null;
}
