const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DateOptions {
  /** IANA time zone for dates older than a day; the system's when absent. */
  timeZone?: string;
  locale?: string;
}

function calendarDate(thenMs: number, nowMs: number, options: DateOptions): string {
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const yearOf = (ms: number) =>
    new Intl.DateTimeFormat('en', { year: 'numeric', ...zone }).format(ms);
  const sameYear = yearOf(thenMs) === yearOf(nowMs);
  return new Intl.DateTimeFormat(options.locale ?? 'en-GB', {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    ...zone,
  }).format(thenMs);
}

/**
 * A post's age as columns show it: "now", "42s", "5m", "3h", then the date ("4 Mar", with the
 * year when it is not this year). A time a little in the future (clocks differ) reads "now".
 */
export function relativeTime(thenMs: number, nowMs: number, options: DateOptions = {}): string {
  const age = nowMs - thenMs;
  if (age < 5 * SECOND) return 'now';
  if (age < MINUTE) return `${Math.floor(age / SECOND)}s`;
  if (age < HOUR) return `${Math.floor(age / MINUTE)}m`;
  if (age < DAY) return `${Math.floor(age / HOUR)}h`;
  return calendarDate(thenMs, nowMs, options);
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;

/** The same age in words for screen readers: "5 minutes ago". */
export function relativeTimeWords(
  thenMs: number,
  nowMs: number,
  options: DateOptions = {},
): string {
  const age = nowMs - thenMs;
  if (age < 5 * SECOND) return 'just now';
  if (age < MINUTE) return plural(Math.floor(age / SECOND), 'second');
  if (age < HOUR) return plural(Math.floor(age / MINUTE), 'minute');
  if (age < DAY) return plural(Math.floor(age / HOUR), 'hour');
  return calendarDate(thenMs, nowMs, options);
}

/** How often a time this old changes its words: every second under a minute, else a minute. */
export const tickFor = (thenMs: number, nowMs: number): number =>
  nowMs - thenMs < MINUTE ? SECOND : MINUTE;
