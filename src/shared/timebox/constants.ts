// The time box's plain values, apart from the settings' zod schemas (settings.ts) so that the
// renderer can use them without bundling zod.

/** Budget days are named by their calendar date and weekday in the home time zone. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const TIMEBOX_MODES = ['open', 'sessions-only'] as const;
export type TimeboxMode = (typeof TIMEBOX_MODES)[number];

export const DEFAULT_DAILY_MINUTES = 30;
export const DEFAULT_RESET_HOUR = 4;
export const MINUTES_PER_DAY = 24 * 60;
