import { DateTime } from 'luxon';
import { WEEKDAYS, type Weekday } from '../../shared/timebox/settings';

/**
 * Budget-day arithmetic in the home time zone, by Luxon (over Intl's zone data). Nothing here reads the system
 * zone: every function takes the zone it works in, so travelling or changing the system's zone
 * cannot move a day boundary.
 *
 * A budget day is named by the home-zone calendar date on which it starts. Day D starts at the
 * first instant whose home-zone wall time is at or after D at resetHour:00. On a spring-forward
 * day whose reset hour does not exist (02:00 in Berlin on 2026-03-29), that is the end of the
 * gap (03:00 CEST); on a fall-back day whose reset hour happens twice, it is the first of the two
 * (the repeated hour stays in the day that has just begun).
 */

/** A budget day: the home-zone date on which it starts, YYYY-MM-DD. */
export type BudgetDay = string;

/** A DateTime of `ms` in `timeZone`; an unknown zone throws, as Intl does, never a guess. */
function inZone(ms: number, timeZone: string): DateTime {
  const dt = DateTime.fromMillis(ms, { zone: timeZone });
  if (!dt.isValid)
    throw new RangeError(`Unknown time zone: ${timeZone} (${dt.invalidExplanation})`);
  return dt;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dayFromUtcDate(d: Date): BudgetDay {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function parseDay(day: BudgetDay): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`Not a budget day: ${day}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** The calendar date `n` days after (or before) a day; pure calendar arithmetic, no zone. */
export function addDays(day: BudgetDay, n: number): BudgetDay {
  const { y, m, d } = parseDay(day);
  return dayFromUtcDate(new Date(Date.UTC(y, m - 1, d + n)));
}

export function weekdayOf(day: BudgetDay): Weekday {
  const { y, m, d } = parseDay(day);
  // getUTCDay counts from Sunday; WEEKDAYS from Monday.
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}

/** The later of two budget days (YYYY-MM-DD sorts as text). */
export const laterDay = (a: BudgetDay, b: BudgetDay): BudgetDay => (a >= b ? a : b);

/** The home-zone date of an instant, ignoring the reset hour. */
export function calendarDateOf(ms: number, timeZone: string): BudgetDay {
  return inZone(ms, timeZone).toFormat('yyyy-MM-dd');
}

/** The wall time of an instant, written as if it were a UTC instant (to compare as numbers). */
const wallOf = (ms: number, timeZone: string) => ms + inZone(ms, timeZone).offset * 60_000;

function computeDayStart(day: BudgetDay, timeZone: string, resetHour: number): number {
  const { y, m, d } = parseDay(day);
  const wall = DateTime.fromObject(
    { year: y, month: m, day: d, hour: resetHour },
    { zone: timeZone },
  );
  if (!wall.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  if (wall.day === d && wall.hour === resetHour) {
    // A wall time that happens twice (fall-back) has two instants: the day starts at the first.
    return Math.min(...wall.getPossibleOffsets().map((dt) => dt.toMillis()));
  }
  // The reset hour never happened: Luxon moved it on by the gap's length. The day starts at
  // the gap's end, the first instant whose wall time is past the reset hour. When the reset hour
  // opened the gap (a spring-forward at 02:00) that is Luxon's answer; when it fell inside a
  // longer gap (Samoa skipped all of 2011-12-30) the end lies earlier: bisect to it.
  const target = Date.UTC(y, m - 1, d, resetHour);
  let hi = wall.toMillis();
  if (wallOf(hi - 1000, timeZone) < target) return hi;
  let lo = target - wall.offset * 60_000; // still under the offset before the gap
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallOf(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

// Day starts are asked for every tick; they depend only on their arguments, so keep a few.
const dayStarts = new Map<string, number>();

/** The instant (epoch ms) at which budget day `day` begins in `timeZone`. */
export function dayStartAt(day: BudgetDay, timeZone: string, resetHour: number): number {
  const key = `${timeZone}|${resetHour}|${day}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = computeDayStart(day, timeZone, resetHour);
    if (dayStarts.size >= 1024) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return start;
}

/**
 * The day last named, with its bounds: the time box asks about the same day many times a second
 * and a zone conversion costs more than the rest of its step. A day is exactly the instants from
 * its start to the next day's, so an instant within them needs no conversion.
 */
let lastDay: {
  timeZone: string;
  resetHour: number;
  day: BudgetDay;
  start: number;
  end: number;
} | null = null;

/** The budget day containing an instant, in the home zone. */
export function budgetDayOf(wallMs: number, timeZone: string, resetHour: number): BudgetDay {
  const last = lastDay;
  if (
    last &&
    last.timeZone === timeZone &&
    last.resetHour === resetHour &&
    wallMs >= last.start &&
    wallMs < last.end
  )
    return last.day;
  const day = computeBudgetDay(wallMs, timeZone, resetHour);
  const start = dayStartAt(day, timeZone, resetHour);
  const end = dayStartAt(addDays(day, 1), timeZone, resetHour);
  lastDay = { timeZone, resetHour, day, start, end };
  return day;
}

function computeBudgetDay(wallMs: number, timeZone: string, resetHour: number): BudgetDay {
  const local = inZone(wallMs, timeZone);
  const date = local.toFormat('yyyy-MM-dd');
  // The wall hour gives the answer on ordinary days; the day starts settle it on DST days.
  let day = local.hour >= resetHour ? date : addDays(date, -1);
  if (wallMs < dayStartAt(day, timeZone, resetHour)) day = addDays(day, -1);
  else if (wallMs >= dayStartAt(addDays(day, 1), timeZone, resetHour)) day = addDays(day, 1);
  return day;
}

/** When the budget day containing `wallMs` ends and the next begins. */
export function nextResetAt(wallMs: number, timeZone: string, resetHour: number): number {
  return dayStartAt(addDays(budgetDayOf(wallMs, timeZone, resetHour), 1), timeZone, resetHour);
}
