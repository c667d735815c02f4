import { describe, expect, it } from 'vitest';
import {
  classifyChange,
  effectiveSettings,
  initialSettingsState,
  pendingChanges,
  proposeSettings,
  tighterOf,
} from '../../../../src/main/timebox/settings-change';
import {
  defaultTimeboxSettings,
  type TimeboxSettings,
} from '../../../../src/shared/timebox/settings';

const base: TimeboxSettings = {
  ...defaultTimeboxSettings('Europe/Berlin'),
  deckBudgets: { brand: 20 },
};
const with_ = (patch: Partial<TimeboxSettings>): TimeboxSettings => ({ ...base, ...patch });
const week = (patch: Partial<TimeboxSettings['weekdayBudgets']>) =>
  with_({ weekdayBudgets: { ...base.weekdayBudgets, ...patch } });

describe('classifyChange: each setting on its own', () => {
  it.each([
    // what, proposed, field, from, to, kind
    ['a smaller Monday budget', week({ mon: 20 }), 'weekdayBudgets.mon', 30, 20, 'tightening'],
    ['a bigger Monday budget', week({ mon: 45 }), 'weekdayBudgets.mon', 30, 45, 'loosening'],
    [
      'a smaller deck budget',
      with_({ deckBudgets: { brand: 10 } }),
      'deckBudgets.brand',
      20,
      10,
      'tightening',
    ],
    [
      'a bigger deck budget',
      with_({ deckBudgets: { brand: 25 } }),
      'deckBudgets.brand',
      20,
      25,
      'loosening',
    ],
    [
      'a new deck budget',
      with_({ deckBudgets: { brand: 20, personal: 10 } }),
      'deckBudgets.personal',
      null,
      10,
      'tightening',
    ],
    [
      'removing a deck budget',
      with_({ deckBudgets: {} }),
      'deckBudgets.brand',
      20,
      null,
      'loosening',
    ],
    ['turning the time box off', with_({ enabled: false }), 'enabled', true, false, 'loosening'],
    [
      'sessions only instead of open',
      with_({ mode: 'sessions-only' }),
      'mode',
      'open',
      'sessions-only',
      'tightening',
    ],
    ['more overrides a day', with_({ overridesPerDay: 2 }), 'overridesPerDay', 1, 2, 'loosening'],
    ['no overrides', with_({ overridesPerDay: 0 }), 'overridesPerDay', 1, 0, 'tightening'],
    ['longer overrides', with_({ overrideMinutes: 10 }), 'overrideMinutes', 5, 10, 'loosening'],
    ['shorter overrides', with_({ overrideMinutes: 2 }), 'overrideMinutes', 5, 2, 'tightening'],
    [
      'a shorter idle threshold (counts less)',
      with_({ idleThresholdSeconds: 30 }),
      'idleThresholdSeconds',
      60,
      30,
      'loosening',
    ],
    [
      'a longer idle threshold (counts more)',
      with_({ idleThresholdSeconds: 120 }),
      'idleThresholdSeconds',
      60,
      120,
      'tightening',
    ],
    ['a later reset hour', with_({ resetHour: 6 }), 'resetHour', 4, 6, 'loosening'],
    [
      'an earlier reset hour (starts tomorrow sooner)',
      with_({ resetHour: 2 }),
      'resetHour',
      4,
      2,
      'loosening',
    ],
    [
      'another home zone',
      with_({ homeTimeZone: 'Asia/Tokyo' }),
      'homeTimeZone',
      'Europe/Berlin',
      'Asia/Tokyo',
      'loosening',
    ],
  ] as const)('%s is %5$s', (_what, proposed, field, from, to, kind) => {
    expect(classifyChange(base, proposed)).toEqual([{ field, from, to, kind }]);
  });

  it('turning the time box back on and leaving sessions-only mode go opposite ways', () => {
    const off = with_({ enabled: false, mode: 'sessions-only' });
    expect(classifyChange(off, base)).toEqual([
      { field: 'enabled', from: false, to: true, kind: 'tightening' },
      { field: 'mode', from: 'sessions-only', to: 'open', kind: 'loosening' },
    ]);
  });

  it('finds nothing in an unchanged copy', () => {
    expect(classifyChange(base, structuredClone(base))).toEqual([]);
  });

  it('tighterOf keeps every loosening at its current value and takes every tightening', () => {
    const proposed = {
      ...week({ mon: 10, tue: 60 }),
      deckBudgets: { personal: 5 },
      mode: 'sessions-only' as const,
      overridesPerDay: 3,
      resetHour: 2,
    };
    expect(tighterOf(base, proposed)).toEqual({
      ...week({ mon: 10, tue: 30 }),
      deckBudgets: { brand: 20, personal: 5 },
      mode: 'sessions-only',
      overridesPerDay: 1,
      resetHour: 4,
    });
  });
});

describe('proposeSettings and effectiveSettings: loosening waits for the next reset', () => {
  const start = initialSettingsState(base, '2026-06-10');

  it('applies a tightening at once and shows nothing pending', () => {
    const s = proposeSettings(start, week({ wed: 15 }), '2026-06-10');
    expect(s.active.weekdayBudgets.wed).toBe(15);
    expect(pendingChanges(s)).toEqual([]);
  });

  it('keeps a loosening pending the rest of the day, however often it is asked for', () => {
    const s = proposeSettings(start, week({ wed: 90 }), '2026-06-10');
    expect(s.active.weekdayBudgets.wed).toBe(30);
    expect(pendingChanges(s)).toEqual([{ field: 'weekdayBudgets.wed', from: 30, to: 90 }]);
    // Asking again, or reading it later the same day, changes nothing.
    const again = proposeSettings(s, week({ wed: 90 }), '2026-06-10');
    expect(effectiveSettings(again, '2026-06-10').active.weekdayBudgets.wed).toBe(30);
    // The next budget day it is in force.
    const tomorrow = effectiveSettings(again, '2026-06-11');
    expect(tomorrow.active.weekdayBudgets.wed).toBe(90);
    expect(pendingChanges(tomorrow)).toEqual([]);
  });

  it('splits a mixed change: the tightening now, the loosening tomorrow', () => {
    const s = proposeSettings(
      start,
      { ...week({ wed: 60 }), deckBudgets: { brand: 5 } },
      '2026-06-10',
    );
    expect(s.active.weekdayBudgets.wed).toBe(30);
    expect(s.active.deckBudgets).toEqual({ brand: 5 });
    expect(pendingChanges(s)).toEqual([{ field: 'weekdayBudgets.wed', from: 30, to: 60 }]);
  });

  it('a later tightening replaces a pending loosening of the same setting', () => {
    const loosened = proposeSettings(start, week({ wed: 60 }), '2026-06-10');
    const tightened = proposeSettings(loosened, week({ wed: 20 }), '2026-06-10');
    expect(tightened.active.weekdayBudgets.wed).toBe(20);
    expect(pendingChanges(tightened)).toEqual([]);
    expect(effectiveSettings(tightened, '2026-06-11').active.weekdayBudgets.wed).toBe(20);
  });

  it('turning the time box off waits for the next reset; turning it on does not', () => {
    const off = proposeSettings(start, with_({ enabled: false }), '2026-06-10');
    expect(off.active.enabled).toBe(true);
    const offTomorrow = effectiveSettings(off, '2026-06-11');
    expect(offTomorrow.active.enabled).toBe(false);
    const on = proposeSettings(offTomorrow, base, '2026-06-11');
    expect(on.active.enabled).toBe(true);
  });

  it('a loosening made on a later day waits for the reset after that day', () => {
    const s1 = proposeSettings(start, week({ wed: 60 }), '2026-06-10');
    // On the 11th the first change is in force, and a second loosening is proposed.
    const s2 = proposeSettings(s1, week({ wed: 60, thu: 90 }), '2026-06-11');
    expect(s2.active.weekdayBudgets).toMatchObject({ wed: 60, thu: 30 });
    expect(effectiveSettings(s2, '2026-06-12').active.weekdayBudgets.thu).toBe(90);
  });

  it('a pending change never applies on an earlier day (a clock set back)', () => {
    const s = proposeSettings(start, week({ wed: 60 }), '2026-06-10');
    expect(effectiveSettings(s, '2026-06-08').active.weekdayBudgets.wed).toBe(30);
  });
});
