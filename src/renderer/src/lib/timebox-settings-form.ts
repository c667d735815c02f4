import {
  MINUTES_PER_DAY,
  WEEKDAYS,
  type TimeboxMode,
  type Weekday,
} from '../../../shared/timebox/constants';
import type { TimeboxSettings } from '../../../shared/timebox/settings';

/**
 * The time box settings as the form edits them: numbers as typed, turned into settings only on
 * save, so that main's validation (and its words) decide what is acceptable.
 */
export interface TimeboxSettingsForm {
  enabled: boolean;
  weekdayBudgets: Record<Weekday, string>;
  resetHour: string;
  homeTimeZone: string;
  /** Minutes per deck; '' means the deck has no budget of its own. */
  deckBudgets: Record<string, string>;
  mode: TimeboxMode;
  idleThresholdSeconds: string;
  countOnlyWhenFocused: boolean;
  overridesPerDay: string;
  overrideMinutes: string;
}

export function settingsForm(
  settings: TimeboxSettings,
  deckIds: readonly string[],
): TimeboxSettingsForm {
  const deckBudgets: Record<string, string> = {};
  for (const id of deckIds) deckBudgets[id] = '';
  for (const [id, minutes] of Object.entries(settings.deckBudgets))
    deckBudgets[id] = String(minutes);
  return {
    enabled: settings.enabled,
    weekdayBudgets: Object.fromEntries(
      WEEKDAYS.map((d) => [d, budgetText(settings.weekdayBudgets[d])]),
    ) as Record<Weekday, string>,
    resetHour: String(settings.resetHour),
    homeTimeZone: settings.homeTimeZone,
    deckBudgets,
    mode: settings.mode,
    idleThresholdSeconds: String(settings.idleThresholdSeconds),
    countOnlyWhenFocused: settings.countOnlyWhenFocused === true,
    overridesPerDay: String(settings.overridesPerDay),
    overrideMinutes: String(settings.overrideMinutes),
  };
}

/** A number as typed ("45", " 4,5 "); anything else is NaN, which main refuses with its reason. */
export function typedNumber(text: string): number {
  const t = text.trim().replace(',', '.');
  return t === '' ? Number.NaN : Number(t);
}

/** A day's budget as the form shows it: a whole day is no limit, shown as an empty field. */
export const budgetText = (minutes: number): string =>
  minutes >= MINUTES_PER_DAY ? '' : String(minutes);

/** An empty day budget means no limit: the whole day. */
export const budgetMinutes = (text: string): number =>
  text.trim() === '' ? MINUTES_PER_DAY : typedNumber(text);

/** The fields of the form that can have a problem: a weekday, a deck, or one of the others. */
export type TimeboxFormProblems = Partial<Record<string, string>>;

const wholeNumber = (text: string) => /^\s*\d+\s*$/.test(text);

/**
 * What is wrong with the form, field by field (weekdays by name, decks as `deck:<id>`), in
 * words beside each; empty when it can be saved. Main checks again.
 */
export function timeboxFormProblems(form: TimeboxSettingsForm): TimeboxFormProblems {
  const problems: TimeboxFormProblems = {};
  const minutesProblem = (text: string) => {
    if (!wholeNumber(text)) return 'Whole minutes, e.g. 30 (leave empty for no limit)';
    if (Number(text) > MINUTES_PER_DAY) return 'At most a day: 1440 minutes';
    return null;
  };
  for (const d of WEEKDAYS) {
    const text = form.weekdayBudgets[d];
    const problem = text.trim() === '' ? null : minutesProblem(text);
    if (problem) problems[d] = problem;
  }
  for (const [id, text] of Object.entries(form.deckBudgets)) {
    const problem = text.trim() === '' ? null : minutesProblem(text);
    if (problem) problems[`deck:${id}`] = problem;
  }
  const idle = typedNumber(form.idleThresholdSeconds);
  if (!wholeNumber(form.idleThresholdSeconds) || idle < 10 || idle > 1800)
    problems.idleThresholdSeconds = 'Between 10 and 1800 seconds';
  const override = typedNumber(form.overrideMinutes);
  if (!wholeNumber(form.overrideMinutes) || override < 1 || override > 15)
    problems.overrideMinutes = 'An override lasts 1 to 15 minutes';
  if (form.homeTimeZone.trim() === '')
    problems.homeTimeZone = 'Choose a time zone, e.g. Europe/Berlin';
  return problems;
}

export function settingsFromForm(form: TimeboxSettingsForm): TimeboxSettings {
  const deckBudgets: Record<string, number> = {};
  for (const [id, text] of Object.entries(form.deckBudgets)) {
    if (text.trim() !== '') deckBudgets[id] = typedNumber(text);
  }
  return {
    enabled: form.enabled,
    weekdayBudgets: Object.fromEntries(
      WEEKDAYS.map((d) => [d, budgetMinutes(form.weekdayBudgets[d])]),
    ) as TimeboxSettings['weekdayBudgets'],
    resetHour: typedNumber(form.resetHour),
    homeTimeZone: form.homeTimeZone.trim(),
    deckBudgets,
    mode: form.mode,
    idleThresholdSeconds: typedNumber(form.idleThresholdSeconds),
    ...(form.countOnlyWhenFocused ? { countOnlyWhenFocused: true } : {}),
    overridesPerDay: typedNumber(form.overridesPerDay),
    overrideMinutes: typedNumber(form.overrideMinutes),
  };
}
