import { describe, expect, it } from 'vitest';
import {
  activityTotals,
  activityWords,
  countdown,
  instantWords,
  minutesWords,
  opensWords,
  pendingChangeWords,
  usedOfBudget,
  windowTitle,
} from '../../../../src/renderer/src/lib/timebox-words';
import type { FocusSessionView } from '../../../../src/shared/timebox/status';

describe('countdown', () => {
  it.each([
    [0, '0:00'],
    [0.2, '0:01'],
    [1, '0:01'],
    [59, '0:59'],
    [60, '1:00'],
    [299.5, '5:00'],
    [754, '12:34'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [-3, '0:00'],
  ])('%s s reads %s (time not run out never reads 0:00)', (seconds, shown) => {
    expect(countdown(seconds)).toBe(shown);
  });
});

describe('minutes in words', () => {
  it.each([
    [0, '0 min'],
    [59, '0 min'],
    [1799, '29 min'],
    [1800, '30 min'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
  ])('%s s is %s, never rounded up', (seconds, words) => {
    expect(minutesWords(seconds)).toBe(words);
  });

  it('says used against the budget in whole minutes', () => {
    expect(usedOfBudget(1799, 1800)).toBe('29 of 30 min');
    expect(usedOfBudget(2100, 2100)).toBe('35 of 35 min');
  });
});

describe('instants', () => {
  const reset = Date.UTC(2026, 10, 24, 4, 0); // Tue 24 Nov 2026, 04:00 UTC
  it('names the day and the 24-hour time in the zone given', () => {
    expect(instantWords(reset, 'UTC')).toBe('Tue 24 Nov, 04:00');
    expect(instantWords(reset, 'America/New_York')).toBe('Mon 23 Nov, 23:00');
    expect(instantWords(reset, 'Asia/Kolkata')).toBe('Tue 24 Nov, 09:30');
  });

  it('says when a lock lifts, or that no day with time is ahead', () => {
    expect(opensWords(reset, 'UTC')).toBe('Opens again Tue 24 Nov, 04:00.');
    expect(opensWords(null, 'UTC')).toMatch(/No day with time for X/);
  });
});

describe('pending changes in words', () => {
  const deckName = (id: string) => ({ brand: 'Brand' })[id] ?? id;
  it.each([
    [{ field: 'weekdayBudgets.mon', from: 30, to: 45 }, 'Monday budget', '30 min', '45 min'],
    [{ field: 'weekdayBudgets.sun', from: 0, to: 10 }, 'Sunday budget', '0 min', '10 min'],
    [
      { field: 'deckBudgets.brand', from: 10, to: null },
      'Budget of the deck “Brand”',
      '10 min',
      'no budget of its own',
    ],
    [{ field: 'enabled', from: true, to: false }, 'Time box', 'on', 'off'],
    [{ field: 'resetHour', from: 4, to: 6 }, 'Reset hour', '04:00', '06:00'],
    [
      { field: 'homeTimeZone', from: 'UTC', to: 'Europe/Berlin' },
      'Home time zone',
      'UTC',
      'Europe/Berlin',
    ],
    [{ field: 'mode', from: 'sessions-only', to: 'open' }, 'Mode', 'sessions only', 'open'],
    [{ field: 'idleThresholdSeconds', from: 60, to: 90 }, 'Idle after', '1 min', '90 s'],
    [{ field: 'overridesPerDay', from: 0, to: 2 }, 'Overrides per day', 'none', '2'],
    [{ field: 'overrideMinutes', from: 5, to: 10 }, 'Override length', '5 min', '10 min'],
  ])('%o', (change, setting, from, to) => {
    expect(pendingChangeWords(change, deckName)).toEqual({ setting, from, to });
  });
});

const session = (over: Partial<FocusSessionView>): FocusSessionView => ({
  id: 's1',
  purpose: 'answer support',
  state: 'running',
  startedAt: 0,
  lengthSeconds: 900,
  elapsedSeconds: 146,
  remainingSeconds: 754,
  activeSeconds: 100,
  endedEarly: false,
  accounts: {},
  ...over,
});

describe('the window title', () => {
  it('carries a running session’s countdown and purpose', () => {
    expect(windowTitle(session({}))).toBe('12:34 · answer support — Timedeck');
  });
  it('says a paused session is paused', () => {
    expect(windowTitle(session({ state: 'paused' }))).toBe('Paused · answer support — Timedeck');
  });
  it('is the app’s name alone without a session, or once it has finished', () => {
    expect(windowTitle(null)).toBe('Timedeck');
    expect(windowTitle(session({ state: 'finished' }))).toBe('Timedeck');
  });
});

describe('a session’s activity', () => {
  it('adds the accounts up and says one in words', () => {
    const accounts = {
      a: { postsSeen: 12, repliesSent: 3, postsSent: 1 },
      b: { postsSeen: 1, repliesSent: 0, postsSent: 2 },
    };
    expect(activityTotals(accounts)).toEqual({ postsSeen: 13, repliesSent: 3, postsSent: 3 });
    expect(activityTotals({})).toEqual({ postsSeen: 0, repliesSent: 0, postsSent: 0 });
    expect(activityWords(accounts.a)).toBe('12 posts seen, 3 replies, 1 post sent');
    expect(activityWords(accounts.b)).toBe('1 post seen, 0 replies, 2 posts sent');
  });
});
