import { describe, expect, it } from 'vitest';
import { startSession, pauseSession } from '../../../../src/main/timebox/focus-session';
import {
  timeboxStatus,
  warningToAnnounce,
  type StatusInput,
} from '../../../../src/main/timebox/policy';
import {
  countTick,
  emptyLedger,
  markUsageLost,
  recordOverride,
  type Ledger,
} from '../../../../src/main/timebox/usage';
import {
  defaultTimeboxSettings,
  type TimeboxSettings,
} from '../../../../src/shared/timebox/settings';
import { TimeboxStatusSchema, type DeckStatus } from '../../../../src/shared/timebox/status';

const MIN = 60;
const WED = '2026-06-10';
const base = defaultTimeboxSettings('Europe/Berlin');
const settingsWith = (patch: Partial<TimeboxSettings>): TimeboxSettings => ({ ...base, ...patch });
const at = (iso: string) => Date.parse(iso);

/** A ledger with `minutes` used per deck on a day. */
function used(perDeck: Record<string, number>, day = WED, ledger = emptyLedger()): Ledger {
  return Object.entries(perDeck).reduce(
    (l, [deckId, minutes]) =>
      countTick(l, { day, deckId, accountIds: [`${deckId}-account`], seconds: minutes * MIN }),
    ledger,
  );
}

function status(input: Partial<StatusInput>) {
  const s = timeboxStatus({
    ledger: emptyLedger(),
    settings: base,
    day: WED,
    deckIds: ['brand', 'personal', 'launch'],
    session: null,
    mono: 0,
    ...input,
  });
  // What main sends must pass the contract's schema.
  expect(TimeboxStatusSchema.parse(s)).toEqual(s);
  return s;
}

const deck = (s: ReturnType<typeof status>, id: string) => s.decks.find((d) => d.deckId === id)!;
const brief = (d: DeckStatus | ReturnType<typeof status>['total']) => ({
  used: d.usedSeconds / MIN,
  budget: d.budgetSeconds / MIN,
  remaining: d.remainingSeconds / MIN,
  lock: d.lockReason,
});

describe('the total budget', () => {
  it.each([
    // minutes used, remaining, lock
    [0, 30, null],
    [29, 1, null],
    [30, 0, 'total-spent'],
    [31, 0, 'total-spent'],
  ] as const)('%i of 30 minutes used: %i left, lock %s', (minutes, remaining, lock) => {
    const s = status({ ledger: used({ brand: minutes }) });
    expect(brief(s.total)).toEqual({ used: minutes, budget: 30, remaining, lock });
    expect(s.decks.every((d) => d.locked === (lock !== null))).toBe(true);
  });

  it('opens again at the next reset, 04:00 in the home zone', () => {
    const s = status({ ledger: used({ brand: 30 }) });
    expect(s.total.opensAt).toBe(at('2026-06-11T02:00:00Z'));
    expect(s.nextResetAt).toBe(at('2026-06-11T02:00:00Z'));
    expect(deck(s, 'brand').opensAt).toBe(at('2026-06-11T02:00:00Z'));
  });
});

describe('weekday budgets', () => {
  const week = settingsWith({
    weekdayBudgets: { mon: 30, tue: 30, wed: 45, thu: 30, fri: 20, sat: 0, sun: 0 },
  });
  it.each([
    ['2026-06-08', 30],
    ['2026-06-10', 45],
    ['2026-06-12', 20],
    ['2026-06-13', 0],
    ['2026-06-14', 0],
  ] as const)('%s has %i minutes', (day, minutes) => {
    expect(status({ settings: week, day }).total.budgetSeconds).toBe(minutes * MIN);
  });

  it('locks a zero-minute Saturday from its start, until Monday 04:00 (skipping Sunday)', () => {
    const s = status({ settings: week, day: '2026-06-13' });
    expect(brief(s.total)).toEqual({ used: 0, budget: 0, remaining: 0, lock: 'total-spent' });
    expect(s.total.opensAt).toBe(at('2026-06-15T02:00:00Z'));
  });

  it('finds no opening in sight when every day is zero', () => {
    const none = settingsWith({
      weekdayBudgets: { mon: 0, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 },
    });
    expect(status({ settings: none }).total.opensAt).toBeNull();
  });

  it('opens on the day the upcoming settings give minutes back', () => {
    const zeroThursday = settingsWith({ weekdayBudgets: { ...base.weekdayBudgets, thu: 0 } });
    const s = status({ settings: base, upcoming: zeroThursday, ledger: used({ brand: 30 }) });
    expect(s.total.opensAt).toBe(at('2026-06-12T02:00:00Z'));
  });
});

describe('per-deck budgets inside the total (Brand 20, Personal 10, Launch none)', () => {
  const decks = settingsWith({ deckBudgets: { brand: 20, personal: 10 } });
  it.each([
    // used per deck, then [used, budget, remaining, lock] for brand, personal, launch, total
    [
      'nothing used',
      {},
      [0, 20, 20, null],
      [0, 10, 10, null],
      [0, 30, 30, null],
      [0, 30, 30, null],
    ],
    [
      'Brand spent',
      { brand: 20 },
      [20, 20, 0, 'deck-spent'],
      [0, 10, 10, null],
      [0, 30, 10, null],
      [20, 30, 10, null],
    ],
    [
      'Personal spent',
      { personal: 10 },
      [0, 20, 20, null],
      [10, 10, 0, 'deck-spent'],
      [0, 30, 20, null],
      [10, 30, 20, null],
    ],
    [
      'Launch used 25: Brand is limited by what the total leaves',
      { launch: 25 },
      [0, 20, 5, null],
      [0, 10, 5, null],
      [25, 30, 5, null],
      [25, 30, 5, null],
    ],
    [
      'Brand 15 and Launch 15: the total is spent and everything locks',
      { brand: 15, launch: 15 },
      [15, 20, 0, 'total-spent'],
      [0, 10, 0, 'total-spent'],
      [15, 30, 0, 'total-spent'],
      [30, 30, 0, 'total-spent'],
    ],
  ] as const)('%s', (_what, perDeck, brand, personal, launch, total) => {
    const s = status({ settings: decks, ledger: used(perDeck) });
    const row = ([u, b, r, lock]: readonly [number, number, number, string | null]) => ({
      used: u,
      budget: b,
      remaining: r,
      lock,
    });
    expect(brief(deck(s, 'brand'))).toEqual(row(brand));
    expect(brief(deck(s, 'personal'))).toEqual(row(personal));
    expect(brief(deck(s, 'launch'))).toEqual(row(launch));
    expect(brief(s.total)).toEqual(row(total));
    expect([deck(s, 'brand').ownBudget, deck(s, 'launch').ownBudget]).toEqual([true, false]);
  });

  it('a spent deck opens at the next reset that gives it minutes again', () => {
    const zeroTomorrow = settingsWith({ deckBudgets: { brand: 20, personal: 0 } });
    const s = status({ settings: decks, upcoming: zeroTomorrow, ledger: used({ personal: 10 }) });
    // Personal has 0 minutes of its own from tomorrow on: no opening in sight.
    expect(deck(s, 'personal').opensAt).toBeNull();
    const t = status({ settings: decks, ledger: used({ personal: 10 }) });
    expect(deck(t, 'personal').opensAt).toBe(at('2026-06-11T02:00:00Z'));
  });
});

describe('warnings and the countdown', () => {
  it.each([
    // seconds left, warning, countdown
    [1800, 'none', false],
    [601, 'none', false],
    [600, 'none', true],
    [301, 'none', true],
    [300, '5min', true],
    [61, '5min', true],
    [60, '1min', true],
    [1, '1min', true],
    [0, 'none', false],
  ] as const)('%i s left: warning %s, countdown %s', (left, warning, countdown) => {
    const ledger = countTick(emptyLedger(), {
      day: WED,
      deckId: 'brand',
      accountIds: [],
      seconds: 1800 - left,
    });
    const s = status({ ledger });
    expect([s.total.warning, s.total.showCountdown]).toEqual([warning, countdown]);
    expect([deck(s, 'brand').warning, deck(s, 'brand').showCountdown]).toEqual([
      warning,
      countdown,
    ]);
  });

  it('warns about a deck close to its own cap while the total has plenty', () => {
    const s = status({
      settings: settingsWith({ deckBudgets: { personal: 10 } }),
      ledger: used({ personal: 9.5 }),
    });
    expect(deck(s, 'personal').warning).toBe('1min');
    expect(s.total.warning).toBe('none');
  });

  it.each([
    ['none', '5min', '5min'],
    ['5min', '1min', '1min'],
    ['none', '1min', '1min'],
    ['5min', '5min', null],
    ['1min', '5min', null],
    ['1min', 'none', null],
  ] as const)('from %s to %s announces %s', (prev, next, announce) => {
    expect(warningToAnnounce(prev, next)).toBe(announce);
  });
});

describe('overrides and borrowed minutes', () => {
  const override = (day: string, minutes = 5) => ({
    day,
    borrowedFrom: day === '2026-06-09' ? WED : '2026-06-11',
    minutes,
    reason: 'a customer is waiting',
    grantedAt: 0,
  });

  it.each([
    ['no overrides', [], 30],
    ['an override today adds its minutes', [override(WED)], 35],
    ["yesterday's override takes its minutes from today", [override('2026-06-09')], 25],
    ['both', [override('2026-06-09'), override(WED)], 30],
    ['two today', [override(WED), override(WED, 10)], 45],
  ] as const)('%s: %i minutes', (_what, overrides, minutes) => {
    const ledger = overrides.reduce(recordOverride, emptyLedger());
    expect(status({ ledger }).total.budgetSeconds).toBe(minutes * MIN);
  });

  it('an override lifts a spent deck cap too, by the same minutes', () => {
    const ledger = recordOverride(used({ brand: 20 }), override(WED));
    const s = status({ settings: settingsWith({ deckBudgets: { brand: 20 } }), ledger });
    expect(brief(deck(s, 'brand'))).toEqual({ used: 20, budget: 25, remaining: 5, lock: null });
  });

  it('a debt larger than the day leaves it at zero, not below', () => {
    const ledger = recordOverride(emptyLedger(), { ...override('2026-06-09'), minutes: 15 });
    const s = status({
      ledger,
      settings: settingsWith({ weekdayBudgets: { ...base.weekdayBudgets, wed: 10 } }),
    });
    expect(s.total.budgetSeconds).toBe(0);
  });

  it.each([
    [1, 0, true],
    [1, 1, false],
    [0, 0, false],
    [3, 2, true],
  ] as const)('%i allowed, %i used today: available %s', (perDay, taken, available) => {
    let ledger = emptyLedger();
    for (let i = 0; i < taken; i++) ledger = recordOverride(ledger, override(WED));
    const s = status({ ledger, settings: settingsWith({ overridesPerDay: perDay }) });
    expect(s.override).toEqual({ perDay, minutes: 5, usedToday: taken, available });
  });

  it('tomorrow opens with what the override left of it', () => {
    const ledger = recordOverride(used({ brand: 35 }), override(WED));
    const today = status({ ledger });
    expect(today.total.lockReason).toBe('total-spent');
    const tomorrow = status({ ledger, day: '2026-06-11' });
    expect(brief(tomorrow.total)).toEqual({ used: 0, budget: 25, remaining: 25, lock: null });
  });
});

describe('a lost ledger', () => {
  it('counts the day as spent, and an override still opens its minutes', () => {
    const lost = markUsageLost(emptyLedger(), WED);
    expect(brief(status({ ledger: lost }).total)).toEqual({
      used: 30,
      budget: 30,
      remaining: 0,
      lock: 'total-spent',
    });
    const overridden = recordOverride(lost, {
      day: WED,
      borrowedFrom: '2026-06-11',
      minutes: 5,
      reason: 'the ledger broke',
      grantedAt: 0,
    });
    expect(status({ ledger: overridden }).total.remainingSeconds).toBe(5 * MIN);
  });
});

describe('modes, sessions and turning the time box off', () => {
  const sessionsOnly = settingsWith({ mode: 'sessions-only' });
  const started = startSession(null, {
    id: 's1',
    purpose: 'answer support',
    minutes: 10,
    remainingSeconds: 1800,
    day: WED,
    wall: 0,
    mono: 0,
  });
  if (!started.ok) throw new Error(started.message);
  const running = started.session;

  it.each([
    ['no session', null, 0, 'sessions-only'],
    ['a running session', running, 60_000, null],
    ['a paused session', pauseSession(running, 60_000), 120_000, 'sessions-only'],
    ['a session whose time is up', running, 10 * 60_000, 'sessions-only'],
  ] as const)('sessions only, %s: lock %s', (_what, session, mono, lock) => {
    const s = status({ settings: sessionsOnly, session, mono });
    expect(s.total.lockReason).toBe(lock);
    expect(deck(s, 'brand').lockReason).toBe(lock);
    if (lock) expect(deck(s, 'brand').opensAt).toBeNull();
  });

  it('a spent budget outranks sessions-only, and a spent deck outranks it too', () => {
    const spent = status({ settings: sessionsOnly, ledger: used({ brand: 30 }) });
    expect(spent.total.lockReason).toBe('total-spent');
    const capped = status({
      settings: { ...sessionsOnly, deckBudgets: { brand: 5 } },
      ledger: used({ brand: 5 }),
      session: running,
      mono: 1000,
    });
    expect(deck(capped, 'brand').lockReason).toBe('deck-spent');
    expect(deck(capped, 'personal').lockReason).toBeNull();
  });

  it('shows the running session, and in open mode a session changes no lock', () => {
    const s = status({ session: running, mono: 4 * 60_000 });
    expect(s.focusSession).toMatchObject({ purpose: 'answer support', remainingSeconds: 360 });
    expect(s.total.locked).toBe(false);
  });

  it('disabled: nothing locks or warns, though use is still shown', () => {
    const s = status({ settings: settingsWith({ enabled: false }), ledger: used({ brand: 45 }) });
    expect(s.enabled).toBe(false);
    expect(brief(s.total)).toEqual({ used: 45, budget: 30, remaining: 0, lock: null });
    expect(s.decks.every((d) => !d.locked && d.warning === 'none' && !d.showCountdown)).toBe(true);
  });

  it('lists what waits for the next reset', () => {
    const s = status({ upcoming: settingsWith({ mode: 'sessions-only', resetHour: 6 }) });
    expect(s.pending).toEqual([
      { field: 'resetHour', from: 4, to: 6 },
      { field: 'mode', from: 'open', to: 'sessions-only' },
    ]);
  });
});

describe('day boundaries in the status', () => {
  it.each([
    // zone, reset, day, the next reset
    ['Europe/Berlin', 2, '2026-03-28', '2026-03-29T01:00:00.000Z'],
    ['Europe/Berlin', 4, '2026-10-24', '2026-10-25T03:00:00.000Z'],
    ['America/New_York', 4, '2026-03-07', '2026-03-08T08:00:00.000Z'],
    ['America/New_York', 1, '2026-10-31', '2026-11-01T05:00:00.000Z'],
  ] as const)('%s reset %i:00: %s ends at %s', (zone, resetHour, day, end) => {
    const settings = settingsWith({ homeTimeZone: zone, resetHour });
    const s = status({ settings, day, ledger: used({ brand: 30 }, day) });
    expect(new Date(s.nextResetAt).toISOString()).toBe(end);
    expect(new Date(s.total.opensAt!).toISOString()).toBe(end);
  });
});
