import { z } from 'zod';
import {
  DEFAULT_DAILY_MINUTES,
  DEFAULT_RESET_HOUR,
  MINUTES_PER_DAY,
  TIMEBOX_MODES,
  type Weekday,
} from './constants';
import { PROTOTYPE_KEYS } from '../ipc/hostile-keys';

export * from './constants';

/**
 * Zones found known: the runtime's list does not change while it runs, and building a formatter
 * to ask again costs more than the rest of the ledger's schema check, which runs at every save
 * (every 5 s). Only known names are kept, so the set is bounded by Intl's own list.
 */
const knownZones = new Set<string>();

/** True for a time zone this runtime's Intl knows (an IANA name such as "Europe/Berlin"). */
export function isKnownTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    knownZones.add(zone);
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string({ error: 'A time zone must be text' })
  .refine(isKnownTimeZone, { error: 'Unknown time zone (use a name such as Europe/Berlin)' });

const minutes = (what: string) =>
  z
    .number({ error: `${what} must be a number of minutes` })
    .int(`${what} must be whole minutes`)
    .min(0, `${what} can't be negative`)
    .max(MINUTES_PER_DAY, `${what} can be at most a day`);

export const DayMinutesSchema = minutes('A budget');

const weekdayBudget = (day: Weekday) => minutes(`The ${day} budget`).default(DEFAULT_DAILY_MINUTES);

export const WeekdayBudgetsSchema = z.object({
  mon: weekdayBudget('mon'),
  tue: weekdayBudget('tue'),
  wed: weekdayBudget('wed'),
  thu: weekdayBudget('thu'),
  fri: weekdayBudget('fri'),
  sat: weekdayBudget('sat'),
  sun: weekdayBudget('sun'),
});
export type WeekdayBudgets = z.infer<typeof WeekdayBudgetsSchema>;

export const DeckIdSchema = z.string().min(1).max(64);

export const TimeboxSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  weekdayBudgets: WeekdayBudgetsSchema.prefault({}),
  /** Local hour, in the home zone, at which one budget day ends and the next begins. */
  resetHour: z
    .number({ error: 'The reset hour must be a number' })
    .int('The reset hour must be a whole hour')
    .min(0, 'The reset hour is between 0 and 23')
    .max(23, 'The reset hour is between 0 and 23')
    .default(DEFAULT_RESET_HOUR),
  /**
   * The zone that names budget days, fixed at first start so that travelling or changing the
   * system zone does not start a day early. No default here: only main knows the system's zone.
   */
  homeTimeZone: TimeZoneSchema,
  /** Caps inside the total for some decks; a deck not listed is limited by the total alone. */
  deckBudgets: z.record(DeckIdSchema, minutes('A deck budget')).default({}),
  mode: z.enum(TIMEBOX_MODES, { error: 'The mode is "open" or "sessions-only"' }).default('open'),
  /** A second counts only while the system has been idle for less than this. */
  idleThresholdSeconds: z
    .number({ error: 'The idle threshold must be a number of seconds' })
    .int('The idle threshold must be whole seconds')
    .min(10, 'The idle threshold is at least 10 seconds')
    .max(30 * 60, 'The idle threshold is at most 30 minutes')
    .default(60),
  /**
   * Count only while Timedeck's window is focused. Off (the default, and when absent from a
   * file written before it existed): time counts while a deck is on screen and the user is
   * active on the computer, focused or not — a deck on a second screen eats a day too.
   */
  countOnlyWhenFocused: z.boolean({ error: 'Count only while focused is on or off' }).optional(),
  overridesPerDay: z
    .number({ error: 'Overrides per day must be a number' })
    .int('Overrides per day must be a whole number')
    .min(0, 'Overrides per day is between 0 and 3')
    .max(3, 'Overrides per day is between 0 and 3')
    .default(1),
  overrideMinutes: z
    .number({ error: 'The override length must be a number of minutes' })
    .int('The override length must be whole minutes')
    .min(1, 'An override lasts 1 to 15 minutes')
    .max(15, 'An override lasts 1 to 15 minutes')
    .default(5),
});
export type TimeboxSettings = z.infer<typeof TimeboxSettingsSchema>;

/**
 * What `timebox.setSettings` accepts: the settings with no key left unchecked. Unknown keys are
 * refused rather than dropped, and so are deck budgets under a prototype name (main then checks
 * that each names a deck that exists).
 */
export const TimeboxSettingsRequestSchema = TimeboxSettingsSchema.extend({
  weekdayBudgets: WeekdayBudgetsSchema.strict().prefault({}),
  deckBudgets: z
    .record(
      DeckIdSchema.refine((id) => !PROTOTYPE_KEYS.has(id), {
        error: (issue) => `"${String(issue.input)}" is not a deck`,
      }),
      minutes('A deck budget'),
    )
    .default({}),
}).strict();

/** The settings a new user starts with; `systemTimeZone` is read once, at first start, by main. */
export function defaultTimeboxSettings(systemTimeZone: string): TimeboxSettings {
  return TimeboxSettingsSchema.parse({
    homeTimeZone: isKnownTimeZone(systemTimeZone) ? systemTimeZone : 'UTC',
  });
}
