import { WEEKDAYS, type Weekday } from '../../shared/timebox/settings';

/**
 * Budget-day arithmetic in the home time zone, from Intl alone. Nothing here reads the system
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

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The home-zone wall time of an instant, written as if it were a UTC instant (so that wall
 * times can be compared and subtracted as numbers). Whole seconds: zones move on whole seconds.
 */
function wallTimeAsUtc(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
}

const floorToSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/** The zone's offset from UTC at an instant, in ms (east positive). */
function offsetAt(ms: number, timeZone: string): number {
  const whole = floorToSecond(ms);
  return wallTimeAsUtc(whole, timeZone) - whole;
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
  return dayFromUtcDate(new Date(wallTimeAsUtc(ms, timeZone)));
}

function computeDayStart(day: BudgetDay, timeZone: string, resetHour: number): number {
  const { y, m, d } = parseDay(day);
  const target = Date.UTC(y, m - 1, d, resetHour);
  // Every instant whose wall time is `target` lies within the widest offsets (-12h..+14h) of
  // it; sampling across that window finds every offset in force there.
  const offsets = new Set<number>();
  for (let k = -16; k <= 16; k += 4) offsets.add(offsetAt(target + k * HOUR, timeZone));
  const exact = [...offsets]
    .map((o) => target - o)
    .filter((t) => wallTimeAsUtc(t, timeZone) === target)
    .sort((a, b) => a - b);
  if (exact.length > 0) return exact[0]!;

  // The reset hour fell into a gap: the day starts where the gap ends, the first second whose
  // wall time is past the target. Wall time only moves forward across a gap, so bisect.
  let lo = (target - Math.max(...offsets)) / 1000; // wall time before the target
  let hi = (target - Math.min(...offsets)) / 1000; // wall time after it
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallTimeAsUtc(mid * 1000, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
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

/** The budget day containing an instant, in the home zone. */
export function budgetDayOf(wallMs: number, timeZone: string, resetHour: number): BudgetDay {
  const local = wallTimeAsUtc(wallMs, timeZone);
  const date = dayFromUtcDate(new Date(local));
  // The wall hour gives the answer on ordinary days; the day starts settle it on DST days.
  let day = (((local % DAY) + DAY) % DAY) / HOUR >= resetHour ? date : addDays(date, -1);
  if (wallMs < dayStartAt(day, timeZone, resetHour)) day = addDays(day, -1);
  else if (wallMs >= dayStartAt(addDays(day, 1), timeZone, resetHour)) day = addDays(day, 1);
  return day;
}

/** When the budget day containing `wallMs` ends and the next begins. */
export function nextResetAt(wallMs: number, timeZone: string, resetHour: number): number {
  return dayStartAt(addDays(budgetDayOf(wallMs, timeZone, resetHour), 1), timeZone, resetHour);
}
