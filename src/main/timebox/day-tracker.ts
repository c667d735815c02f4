import { budgetDayOf, laterDay, type BudgetDay } from './budget-day';

/**
 * The budget day as the time box lives it: named by the wall clock, but never going backwards.
 * Durations come from the monotonic clock; comparing how far each clock moved between two
 * readings shows when someone (or something) set the wall clock.
 */

export interface DayRule {
  timeZone: string;
  resetHour: number;
}

export interface ClockReading {
  wall: number;
  mono: number;
}

/** What the ledger keeps so that a restart resumes the same day: the last day and wall seen. */
export interface SeenDay {
  day: BudgetDay;
  wall: number;
}

export interface DayTrackerState extends SeenDay {
  /** Monotonic time of the last reading; comparable only within one run of the process. */
  mono: number;
}

export interface ClockAnomaly {
  kind: 'clock-forward' | 'clock-back';
  /** What the wall clock should have said, judged by the monotonic clock (or last seen). */
  fromWall: number;
  /** What it said. */
  toWall: number;
  /** The budget day in force after the jump, which the anomaly is filed under. */
  day: BudgetDay;
}

export interface DayObservation {
  state: DayTrackerState;
  anomaly: ClockAnomaly | null;
}

/** NTP nudges the wall clock by fractions of a second; a minute apart is somebody's doing. */
export const DEFAULT_JUMP_TOLERANCE_MS = 60_000;

function decide(
  seenDay: BudgetDay | null,
  reading: ClockReading,
  rule: DayRule,
  anomalyKind: ClockAnomaly['kind'] | null,
  expectedWall: number,
): DayObservation {
  const named = budgetDayOf(reading.wall, rule.timeZone, rule.resetHour);
  // A clock moved back keeps counting against the latest day seen; a clock moved forward lands
  // on a real day, whose budget is then spent: the future is borrowed, never the past reopened.
  const day = seenDay === null ? named : laterDay(seenDay, named);
  const state = { day, wall: reading.wall, mono: reading.mono };
  const anomaly = anomalyKind
    ? { kind: anomalyKind, fromWall: expectedWall, toWall: reading.wall, day }
    : null;
  return { state, anomaly };
}

/**
 * The first reading of a run: after a start, a restart or a kill. The monotonic clock of the
 * last run means nothing now, so only a wall clock behind the last one seen is an anomaly; a
 * wall clock ahead may just be the time the app was closed.
 */
export function resumeDay(
  seen: SeenDay | null,
  reading: ClockReading,
  rule: DayRule,
  toleranceMs = DEFAULT_JUMP_TOLERANCE_MS,
): DayObservation {
  const back = seen !== null && reading.wall < seen.wall - toleranceMs;
  return decide(seen?.day ?? null, reading, rule, back ? 'clock-back' : null, seen?.wall ?? 0);
}

/**
 * A later reading in the same run. `afterSuspend` says the machine slept in between: the
 * monotonic clock stood still while the wall clock went on, so moving forward is expected.
 */
export function observeDay(
  prev: DayTrackerState,
  reading: ClockReading,
  rule: DayRule,
  options: { afterSuspend?: boolean; toleranceMs?: number } = {},
): DayObservation {
  const tolerance = options.toleranceMs ?? DEFAULT_JUMP_TOLERANCE_MS;
  const expectedWall = prev.wall + (reading.mono - prev.mono);
  const drift = reading.wall - expectedWall;
  let kind: ClockAnomaly['kind'] | null = null;
  if (options.afterSuspend) {
    if (reading.wall < prev.wall - tolerance) kind = 'clock-back';
  } else if (drift > tolerance) kind = 'clock-forward';
  else if (drift < -tolerance) kind = 'clock-back';
  return decide(prev.day, reading, rule, kind, expectedWall);
}
