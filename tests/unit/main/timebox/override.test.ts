import { describe, expect, it } from 'vitest';
import {
  advanceOverride,
  OVERRIDE_WAIT_MS,
  overrideFocusChanged,
  requestOverride,
  waitRemainingMs,
  type OverrideFlow,
  type OverrideRequest,
} from '../../../../src/main/timebox/override';
import { timeboxStatus } from '../../../../src/main/timebox/policy';
import {
  countTick,
  emptyLedger,
  recordOverride,
  type Ledger,
} from '../../../../src/main/timebox/usage';
import { defaultTimeboxSettings } from '../../../../src/shared/timebox/settings';

const WED = '2026-06-10';
const settings = defaultTimeboxSettings('Europe/Berlin');
const spent = countTick(emptyLedger(), {
  day: WED,
  deckId: 'brand',
  accountIds: [],
  seconds: 1800,
});
const request: OverrideRequest = {
  reason: 'a customer is waiting for an answer',
  lock: 'total-spent',
  focused: true,
  mono: 10_000,
  settings,
  ledger: spent,
  day: WED,
};

const waiting = (patch: Partial<OverrideRequest> = {}) => {
  const flow = requestOverride({ ...request, ...patch });
  expect(flow.state).toBe('waiting');
  return flow;
};

/** Drives a waiting override second by second with a focus script; returns when it ended. */
function drive(flow: OverrideFlow, focusedAt: (second: number) => boolean, ledger = spent) {
  let current = { flow, ledger };
  for (let second = 1; second <= 120; second++) {
    current = advanceOverride(current.flow, {
      focused: focusedAt(second),
      mono: 10_000 + second * 1000,
      wall: 1_000_000 + second * 1000,
      settings,
      ledger: current.ledger,
      day: WED,
    });
    if (current.flow.state !== 'waiting') return { ...current, second };
  }
  return { ...current, second: null };
}

describe('asking for an override', () => {
  it.each([
    ['an empty reason', { reason: '  ' }, 'reason-required'],
    ['a reason of 281 characters', { reason: 'x'.repeat(281) }, 'reason-too-long'],
    ['a deck that is open', { lock: null }, 'not-locked'],
    ['sessions-only mode', { lock: 'sessions-only' }, 'not-locked'],
    ['settings that allow none', { settings: { ...settings, overridesPerDay: 0 } }, 'none-allowed'],
    [
      'a day whose override is used',
      {
        ledger: recordOverride(spent, {
          day: WED,
          borrowedFrom: '2026-06-11',
          minutes: 5,
          reason: 'earlier',
          grantedAt: 0,
        }),
      },
      'used-up',
    ],
  ] as const)('refuses %s', (_what, patch, refusal) => {
    expect(requestOverride({ ...request, ...patch } as OverrideRequest)).toMatchObject({
      state: 'refused',
      refusal,
    });
  });

  it('accepts a deck whose own budget is spent', () => {
    waiting({ lock: 'deck-spent' });
  });
});

describe('the 30-second wait', () => {
  it('is granted after 30 focused seconds, taking the minutes from tomorrow', () => {
    const { flow, ledger, second } = drive(waiting(), () => true);
    expect(second).toBe(30);
    expect(flow).toEqual({
      state: 'granted',
      record: {
        day: WED,
        borrowedFrom: '2026-06-11',
        minutes: 5,
        reason: 'a customer is waiting for an answer',
        grantedAt: 1_030_000,
      },
    });
    const status = (l: Ledger, day: string) =>
      timeboxStatus({ ledger: l, settings, day, deckIds: ['brand'], session: null, mono: 0 }).total;
    expect(status(ledger, WED)).toMatchObject({ remainingSeconds: 300, locked: false });
    expect(status(ledger, '2026-06-11').budgetSeconds).toBe(25 * 60);
  });

  it.each([
    ['leaving at 20 s and coming back at 25 s', (s: number) => s < 20 || s >= 25, 55],
    ['leaving for one second at 29 s', (s: number) => s !== 29, 60],
    ['leaving twice', (s: number) => ![10, 40].includes(s), 71],
    ['asking while the window is not in front, then focusing at 5 s', (s: number) => s >= 5, 35],
  ] as const)('restarts on a blur: %s -> granted at %i s', (_what, focusedAt, grantedAt) => {
    const flow = waiting({ focused: focusedAt(0) });
    expect(drive(flow, focusedAt).second).toBe(grantedAt);
  });

  it('is never granted while the user stays away', () => {
    const { flow, second } = drive(waiting({ focused: false }), () => false);
    expect(second).toBeNull();
    expect(waitRemainingMs(flow, 999_999)).toBe(OVERRIDE_WAIT_MS);
  });

  it('shows how much of the wait is left', () => {
    const flow = waiting();
    expect(waitRemainingMs(flow, 10_000 + 12_000)).toBe(18_000);
    const blurred = overrideFocusChanged(flow, false, 10_000 + 12_000);
    expect(waitRemainingMs(blurred, 10_000 + 20_000)).toBe(OVERRIDE_WAIT_MS);
    const back = overrideFocusChanged(blurred, true, 10_000 + 20_000);
    expect(waitRemainingMs(back, 10_000 + 21_000)).toBe(29_000);
  });

  it('is refused at the end when the settings tightened to none meanwhile', () => {
    let flow = waiting();
    const result = advanceOverride(flow, {
      focused: true,
      mono: 10_000 + OVERRIDE_WAIT_MS,
      wall: 0,
      settings: { ...settings, overridesPerDay: 0 },
      ledger: spent,
      day: WED,
    });
    flow = result.flow;
    expect(flow).toMatchObject({ state: 'refused', refusal: 'none-allowed' });
    expect(result.ledger).toBe(spent);
  });
});
