import { describe, expect, it } from 'vitest';
import { presentState, type PresenceState } from '../../../../src/main/platform/presence';
import {
  countTick,
  dayUsage,
  emptyLedger,
  isCounting,
  LedgerSchema,
  markUsageLost,
  minutesBorrowedFrom,
  overridesGrantedOn,
  pruneLedger,
  recordAnomaly,
  recordOverride,
  reportEntries,
  type Ledger,
} from '../../../../src/main/timebox/usage';

const settings = { idleThresholdSeconds: 60 };

describe('isCounting: only real use counts', () => {
  it.each([
    ['focused, visible, active, deck open', {}, true, true],
    ['the deck is locked or none is shown', {}, false, false],
    ['the window is not focused but on screen', { focused: false }, true, true],
    ['the window is hidden', { visible: false }, true, false],
    ['idle for 59 s', { idleSeconds: 59 }, true, true],
    ['idle for 60 s (the threshold)', { idleSeconds: 60 }, true, false],
    ['idle for 10 minutes', { idleSeconds: 600 }, true, false],
    ['the machine is suspended', { suspended: true }, true, false],
    ['the screen is locked', { screenLocked: true }, true, false],
  ] as const)('%s -> %s', (_what, patch: Partial<PresenceState>, deckOpen, counts) => {
    expect(isCounting({ ...presentState, ...patch }, settings, deckOpen)).toBe(counts);
  });

  it('with "count only while focused", needs the focus too', () => {
    const elsewhere = { ...presentState, focused: false };
    expect(isCounting(elsewhere, { ...settings, countOnlyWhenFocused: true }, true)).toBe(false);
    expect(isCounting(presentState, { ...settings, countOnlyWhenFocused: true }, true)).toBe(true);
  });

  it('follows the idle threshold in the settings', () => {
    const idle90 = { ...presentState, idleSeconds: 90 };
    expect(isCounting(idle90, { idleThresholdSeconds: 120 }, true)).toBe(true);
    expect(isCounting(idle90, { idleThresholdSeconds: 60 }, true)).toBe(false);
  });
});

describe('countTick: the ledger of use', () => {
  const tick = (
    ledger: Ledger,
    day: string,
    deckId: string,
    accountIds: string[],
    seconds: number,
  ) => countTick(ledger, { day, deckId, accountIds, seconds });

  it('charges the day, the deck on screen and each of its accounts', () => {
    let l = emptyLedger();
    l = tick(l, '2026-06-10', 'brand', ['acme', 'me'], 5);
    l = tick(l, '2026-06-10', 'brand', ['acme'], 3);
    l = tick(l, '2026-06-10', 'personal', ['me'], 2);
    l = tick(l, '2026-06-11', 'personal', ['me'], 7);
    expect(dayUsage(l, '2026-06-10')).toEqual({
      totalSeconds: 10,
      decks: { brand: 8, personal: 2 },
      accounts: { acme: 8, me: 7 },
    });
    expect(dayUsage(l, '2026-06-11').totalSeconds).toBe(7);
    expect(dayUsage(l, '2026-06-12')).toEqual({ totalSeconds: 0, decks: {}, accounts: {} });
  });

  it('charges an account once when two columns of the deck use it', () => {
    const l = tick(emptyLedger(), '2026-06-10', 'brand', ['acme', 'acme'], 4);
    expect(dayUsage(l, '2026-06-10').accounts).toEqual({ acme: 4 });
  });

  it('ignores empty, negative and non-numeric stretches', () => {
    const l = emptyLedger();
    for (const seconds of [0, -3, Number.NaN]) {
      expect(tick(l, '2026-06-10', 'brand', ['acme'], seconds)).toBe(l);
    }
  });

  it('never changes the ledger it is given', () => {
    const l = tick(emptyLedger(), '2026-06-10', 'brand', ['acme'], 1);
    const frozen = structuredClone(l);
    tick(l, '2026-06-10', 'brand', ['acme'], 1);
    expect(l).toEqual(frozen);
  });

  it('marks a lost day without forgetting what was counted after the loss', () => {
    const l = tick(markUsageLost(emptyLedger(), '2026-06-10'), '2026-06-10', 'brand', [], 4);
    expect(dayUsage(l, '2026-06-10')).toMatchObject({ lost: true, totalSeconds: 4 });
    expect(LedgerSchema.parse(l)).toEqual(l);
  });
});

describe('overrides, anomalies and the report', () => {
  const override = (day: string, borrowedFrom: string, minutes: number, grantedAt: number) => ({
    day,
    borrowedFrom,
    minutes,
    reason: 'launch day',
    grantedAt,
  });
  let l = emptyLedger();
  l = recordOverride(l, override('2026-06-10', '2026-06-11', 5, 300));
  l = recordOverride(l, override('2026-06-11', '2026-06-12', 5, 500));
  l = recordOverride(l, override('2026-06-11', '2026-06-12', 10, 600));
  l = recordAnomaly(l, { kind: 'clock-forward', fromWall: 100, toWall: 400, day: '2026-06-11' });
  l = recordAnomaly(l, { kind: 'ledger-recovered', at: 50, day: '2026-06-10', detail: 'x' });

  it('finds overrides by the day granted and minutes by the day they were taken from', () => {
    expect(overridesGrantedOn(l, '2026-06-11').map((o) => o.minutes)).toEqual([5, 10]);
    expect(minutesBorrowedFrom(l, '2026-06-11')).toBe(5);
    expect(minutesBorrowedFrom(l, '2026-06-12')).toBe(15);
    expect(minutesBorrowedFrom(l, '2026-06-10')).toBe(0);
  });

  it('lists every anomaly and override by day, then time', () => {
    expect(reportEntries(l).map((e) => [e.day, e.kind, e.at])).toEqual([
      ['2026-06-10', 'ledger-recovered', 50],
      ['2026-06-10', 'override', 300],
      ['2026-06-11', 'clock-forward', 400],
      ['2026-06-11', 'override', 500],
      ['2026-06-11', 'override', 600],
    ]);
  });

  it('prunes what is older than the days it keeps, and keeps a debt still owed', () => {
    let old = countTick(l, { day: '2026-01-01', deckId: 'b', accountIds: [], seconds: 1 });
    old = countTick(old, { day: '2026-06-10', deckId: 'b', accountIds: [], seconds: 1 });
    const pruned = pruneLedger(old, '2026-06-12', 1);
    expect(Object.keys(pruned.days)).toEqual([]);
    expect(pruned.overrides.map((o) => o.borrowedFrom)).toEqual([
      '2026-06-11',
      '2026-06-12',
      '2026-06-12',
    ]);
    expect(pruned.anomalies.map((a) => a.day)).toEqual(['2026-06-11']);
    expect(Object.keys(pruneLedger(old, '2026-06-12').days)).toEqual(['2026-06-10']);
  });
});
