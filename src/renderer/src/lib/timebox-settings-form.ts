import {
  WEEKDAYS,
  type TimeboxMode,
  type TimeboxSettings,
  type Weekday,
} from '../../../shared/timebox/settings';

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
      WEEKDAYS.map((d) => [d, String(settings.weekdayBudgets[d])]),
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

export function settingsFromForm(form: TimeboxSettingsForm): TimeboxSettings {
  const deckBudgets: Record<string, number> = {};
  for (const [id, text] of Object.entries(form.deckBudgets)) {
    if (text.trim() !== '') deckBudgets[id] = typedNumber(text);
  }
  return {
    enabled: form.enabled,
    weekdayBudgets: Object.fromEntries(
      WEEKDAYS.map((d) => [d, typedNumber(form.weekdayBudgets[d])]),
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
