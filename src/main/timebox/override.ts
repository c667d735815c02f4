import type { TimeboxSettings } from '../../shared/timebox/settings';
import type { LockReason } from '../../shared/timebox/status';
import { addDays, type BudgetDay } from './budget-day';
import { overridesGrantedOn, recordOverride, type Ledger, type OverrideRecord } from './usage';

/**
 * An override is meant to cost a little effort: the user writes why, then waits with the window
 * in front of them; looking away starts the wait over. The minutes come out of tomorrow.
 */

export const OVERRIDE_WAIT_MS = 30_000;
export const REASON_MAX_LENGTH = 280;

export type OverrideRefusal =
  'reason-required' | 'reason-too-long' | 'not-locked' | 'none-allowed' | 'used-up';

export type OverrideFlow =
  | { state: 'idle' }
  /** `focusedSince` is the monotonic time the current focused stretch began, null while away. */
  | { state: 'waiting'; reason: string; focusedSince: number | null }
  | { state: 'granted'; record: OverrideRecord }
  | { state: 'refused'; refusal: OverrideRefusal; message: string };

export const idleOverride: OverrideFlow = { state: 'idle' };

export interface Allowance {
  settings: Pick<TimeboxSettings, 'overridesPerDay' | 'overrideMinutes'>;
  ledger: Ledger;
  day: BudgetDay;
}

const refused = (refusal: OverrideRefusal, message: string): OverrideFlow => ({
  state: 'refused',
  refusal,
  message,
});

function allowanceRefusal({ settings, ledger, day }: Allowance): OverrideFlow | null {
  if (settings.overridesPerDay === 0) {
    return refused('none-allowed', 'Your settings allow no overrides');
  }
  if (overridesGrantedOn(ledger, day).length >= settings.overridesPerDay) {
    const n = settings.overridesPerDay;
    return refused('used-up', `Today's override${n === 1 ? ' is' : 's are'} used`);
  }
  return null;
}

export interface OverrideRequest extends Allowance {
  reason: string;
  /** Why the deck the user wants is locked; only a spent budget can be overridden. */
  lock: LockReason | null;
  focused: boolean;
  mono: number;
}

export function requestOverride(request: OverrideRequest): OverrideFlow {
  const reason = request.reason.trim();
  if (reason === '') return refused('reason-required', 'Write why you need more time');
  if (reason.length > REASON_MAX_LENGTH) {
    return refused('reason-too-long', `A reason can be at most ${REASON_MAX_LENGTH} characters`);
  }
  if (request.lock !== 'total-spent' && request.lock !== 'deck-spent') {
    return refused('not-locked', 'Only a spent budget can be overridden');
  }
  return (
    allowanceRefusal(request) ?? {
      state: 'waiting',
      reason,
      focusedSince: request.focused ? request.mono : null,
    }
  );
}

/** A focus or blur of the window: leaving restarts the wait, coming back starts it. */
export function overrideFocusChanged(
  flow: OverrideFlow,
  focused: boolean,
  mono: number,
): OverrideFlow {
  if (flow.state !== 'waiting') return flow;
  if (!focused) return flow.focusedSince === null ? flow : { ...flow, focusedSince: null };
  return flow.focusedSince === null ? { ...flow, focusedSince: mono } : flow;
}

/** How much of the wait is left, for the countdown; the whole wait while the user is away. */
export function waitRemainingMs(flow: OverrideFlow, mono: number): number {
  if (flow.state !== 'waiting') return 0;
  if (flow.focusedSince === null) return OVERRIDE_WAIT_MS;
  return Math.max(0, OVERRIDE_WAIT_MS - (mono - flow.focusedSince));
}

export interface OverrideTick extends Allowance {
  focused: boolean;
  mono: number;
  wall: number;
}

/**
 * Moves a waiting override on: once the user has stayed 30 s, the override is granted and
 * written to the ledger, if the settings (which may have tightened meanwhile) still allow it.
 */
export function advanceOverride(
  flow: OverrideFlow,
  tick: OverrideTick,
): { flow: OverrideFlow; ledger: Ledger } {
  const current = overrideFocusChanged(flow, tick.focused, tick.mono);
  if (current.state !== 'waiting' || waitRemainingMs(current, tick.mono) > 0) {
    return { flow: current, ledger: tick.ledger };
  }
  const refusal = allowanceRefusal(tick);
  if (refusal) return { flow: refusal, ledger: tick.ledger };
  const record: OverrideRecord = {
    day: tick.day,
    borrowedFrom: addDays(tick.day, 1),
    minutes: tick.settings.overrideMinutes,
    reason: current.reason,
    grantedAt: tick.wall,
  };
  return { flow: { state: 'granted', record }, ledger: recordOverride(tick.ledger, record) };
}
