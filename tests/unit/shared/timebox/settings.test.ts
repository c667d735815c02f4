import { describe, expect, it } from 'vitest';
import {
  defaultTimeboxSettings,
  isKnownTimeZone,
  TimeboxSettingsSchema,
} from '../../../../src/shared/timebox/settings';

const base = defaultTimeboxSettings('Europe/Berlin');
const firstError = (input: unknown) => {
  const result = TimeboxSettingsSchema.safeParse(input);
  return result.success ? null : result.error.issues[0]!.message;
};

describe('time box settings', () => {
  it('starts a new user at 30 minutes a day, reset at 04:00, in their system zone', () => {
    expect(base).toEqual({
      enabled: true,
      weekdayBudgets: { mon: 30, tue: 30, wed: 30, thu: 30, fri: 30, sat: 30, sun: 30 },
      resetHour: 4,
      homeTimeZone: 'Europe/Berlin',
      deckBudgets: {},
      mode: 'open',
      idleThresholdSeconds: 60,
      overridesPerDay: 1,
      overrideMinutes: 5,
    });
  });

  it('falls back to UTC when the system reports a zone Intl does not know', () => {
    expect(defaultTimeboxSettings('Mars/Olympus_Mons').homeTimeZone).toBe('UTC');
  });

  it('fills a missing weekday with the default and keeps the others', () => {
    const parsed = TimeboxSettingsSchema.parse({
      homeTimeZone: 'UTC',
      weekdayBudgets: { sat: 0, sun: 10 },
    });
    expect(parsed.weekdayBudgets).toEqual({
      mon: 30,
      tue: 30,
      wed: 30,
      thu: 30,
      fri: 30,
      sat: 0,
      sun: 10,
    });
  });

  it.each([
    ['America/New_York', true],
    ['Asia/Kolkata', true],
    ['UTC', true],
    ['Europe/Berlinn', false],
    ['', false],
    ['GMT+25', false],
  ])('knows the time zone %j: %s', (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
    // Asked again (answered from what it checked): the same answer.
    expect(isKnownTimeZone(zone)).toBe(known);
  });

  it('still answers right after many unknown names (what it keeps is bounded)', () => {
    for (let i = 0; i < 500; i++) expect(isKnownTimeZone(`Nowhere/Place${i}`)).toBe(false);
    expect(isKnownTimeZone('Asia/Kathmandu')).toBe(true);
    expect(isKnownTimeZone('Nowhere/Place499')).toBe(false);
  });

  it.each([
    [{ homeTimeZone: 'Nowhere/Place' }, 'Unknown time zone (use a name such as Europe/Berlin)'],
    [{ resetHour: 24 }, 'The reset hour is between 0 and 23'],
    [{ resetHour: 4.5 }, 'The reset hour must be a whole hour'],
    [{ weekdayBudgets: { mon: -1 } }, "The mon budget can't be negative"],
    [{ weekdayBudgets: { sun: 1441 } }, 'The sun budget can be at most a day'],
    [{ deckBudgets: { brand: 2.5 } }, 'A deck budget must be whole minutes'],
    [{ mode: 'closed' }, 'The mode is "open" or "sessions-only"'],
    [{ idleThresholdSeconds: 5 }, 'The idle threshold is at least 10 seconds'],
    [{ overridesPerDay: 4 }, 'Overrides per day is between 0 and 3'],
    [{ overrideMinutes: 0 }, 'An override lasts 1 to 15 minutes'],
  ])('refuses %j: %s', (patch, message) => {
    expect(firstError({ ...base, ...patch })).toBe(message);
  });

  it('accepts per-deck budgets, sessions-only mode and no overrides at all', () => {
    const s = {
      ...base,
      deckBudgets: { brand: 20, personal: 10 },
      mode: 'sessions-only',
      overridesPerDay: 0,
    };
    expect(TimeboxSettingsSchema.parse(s)).toEqual(s);
  });
});
