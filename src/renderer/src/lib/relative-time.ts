const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DateOptions {
  /** IANA time zone for dates older than a day; the system's when absent. */
  timeZone?: string;
  locale?: string;
}

// Making an Intl.DateTimeFormat costs far more than formatting with one, and every card of a
// column formats dates as it scrolls into view: one formatter per kind, locale and zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

const FORMATS = {
  year: { year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  dayMonthYear: { day: 'numeric', month: 'short', year: 'numeric' },
  // What Date.prototype.toLocaleString shows.
  exact: {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function formatter(kind: keyof typeof FORMATS, locale: string | undefined, timeZone?: string) {
  const key = `${kind} ${locale ?? ''} ${timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...FORMATS[kind],
      ...(timeZone ? { timeZone } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}

function calendarDate(thenMs: number, nowMs: number, options: DateOptions): string {
  const years = formatter('year', 'en', options.timeZone);
  const sameYear = years.format(thenMs) === years.format(nowMs);
  const kind = sameYear ? 'dayMonth' : 'dayMonthYear';
  return formatter(kind, options.locale ?? 'en-GB', options.timeZone).format(thenMs);
}

/** The date and time in full, in the user's locale unless told (a time's tooltip). */
export function exactTime(thenMs: number, options: DateOptions = {}): string {
  return formatter('exact', options.locale, options.timeZone).format(thenMs);
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
