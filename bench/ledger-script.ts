import { seededRandom } from '../src/simulator/world/prng';
import { FakeClock, type TimerId } from '../src/shared/time/clock';
import { watchIdle } from '../src/main/platform/idle-watch';
import { silentLogger } from '../src/main/platform/logger';
import type { PresenceState } from '../src/main/platform/presence';

/**
 * A scripted working day of presence for the time box: the window gains and loses focus, the
 * user stops touching the machine for a while now and then, and locks the screen at lunch. The
 * script is the truth; what the time box should have counted is computed from it here, by
 * interval arithmetic, independently of the time box's own code.
 */

export interface Interval {
  start: number;
  end: number;
}

export interface DayScript {
  start: number;
  end: number;
  /** The window has focus (and is visible). */
  focused: Interval[];
  /** From the last input to the next: the user is away from the keyboard. */
  away: Interval[];
  screenLocked: Interval[];
  /** The machine asleep (lid closed): nothing runs, nothing may be counted. */
  suspended?: Interval[];
  idleThresholdSeconds: number;
}

export interface PresenceChange {
  at: number;
  patch: Partial<PresenceState>;
}

const MINUTE = 60_000;

/** Random-but-seeded: the same seed gives the same day. Times fall anywhere within a second. */
export function scriptDay(options: {
  seed: string;
  start: number;
  hours: number;
  idleThresholdSeconds: number;
}): DayScript {
  const r = seededRandom(options.seed, 'ledger-day');
  const end = options.start + options.hours * 3_600_000;
  const ms = (minMs: number, maxMs: number) => minMs + r.next() * (maxMs - minMs);

  const focused: Interval[] = [];
  for (let t = options.start + ms(0, 5 * MINUTE); t < end;) {
    const until = Math.min(end, t + ms(20_000, 25 * MINUTE));
    focused.push({ start: t, end: until });
    t = until + ms(5_000, 30 * MINUTE);
  }

  const away: Interval[] = [];
  for (let t = options.start + ms(0, 10 * MINUTE); t < end;) {
    // Mostly short pauses (reading, a phone call), some long enough to pass the threshold.
    const length = r.chance(0.5) ? ms(5_000, 90_000) : ms(90_000, 15 * MINUTE);
    away.push({ start: t, end: Math.min(end, t + length) });
    t += length + ms(MINUTE, 40 * MINUTE);
  }

  const lunch = options.start + options.hours * 0.45 * 3_600_000 + ms(0, 30 * MINUTE);
  const screenLocked = [{ start: lunch, end: Math.min(end, lunch + ms(30 * MINUTE, 60 * MINUTE)) }];
  // Drawn last, so the days before suspension was scripted stay as they were.
  const sleep = options.start + options.hours * 0.7 * 3_600_000 + ms(0, 30 * MINUTE);
  const suspended = [{ start: sleep, end: Math.min(end, sleep + ms(5 * MINUTE, 40 * MINUTE)) }];

  return {
    start: options.start,
    end,
    focused,
    away,
    screenLocked,
    suspended,
    idleThresholdSeconds: options.idleThresholdSeconds,
  };
}

/** Sorted, non-overlapping union of `intervals`. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

/** The parts of `a` that no interval of `b` covers. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const cuts = union(b);
  const out: Interval[] = [];
  for (const i of union(a)) {
    let start = i.start;
    for (const c of cuts) {
      if (c.end <= start || c.start >= i.end) continue;
      if (c.start > start) out.push({ start, end: c.start });
      start = Math.max(start, c.end);
    }
    if (start < i.end) out.push({ start, end: i.end });
  }
  return out;
}

/** The parts of `a` that `b` covers too. */
export const intersect = (a: readonly Interval[], b: readonly Interval[]): Interval[] =>
  subtract(a, subtract(a, b));

export const totalMs = (intervals: readonly Interval[]) =>
  union(intervals).reduce((n, i) => n + (i.end - i.start), 0);

/**
 * When the system counts as idle: from `threshold` after the last input until the next input
 * (the time box counts a second only while the system has been idle for less than that).
 */
export const idleIntervals = (script: DayScript): Interval[] =>
  script.away
    .map((a) => ({ start: a.start + script.idleThresholdSeconds * 1000, end: a.end }))
    .filter((i) => i.end > i.start);

/**
 * The seconds of real use in the script from its start to `until`: focused, not idle, screen
 * not locked, machine not asleep.
 */
export function trueActiveSeconds(script: DayScript, until = script.end): number {
  const focused = intersect(script.focused, [{ start: script.start, end: until }]);
  const off = [...idleIntervals(script), ...script.screenLocked, ...(script.suspended ?? [])];
  return totalMs(subtract(focused, off)) / 1000;
}

/** The presence an ideal source reports at `at`. */
export function presenceAt(script: DayScript, at: number): PresenceState {
  const within = (list: readonly Interval[]) => list.some((i) => i.start <= at && at < i.end);
  return {
    focused: within(script.focused),
    visible: true,
    idleSeconds: within(idleIntervals(script)) ? script.idleThresholdSeconds : 0,
    suspended: within(script.suspended ?? []),
    screenLocked: within(script.screenLocked),
  };
}

/**
 * The script as an ideal presence source reports it: each change at the moment it happens,
 * the idle time as it crosses the threshold and as the user comes back.
 */
export function presenceChanges(script: DayScript): PresenceChange[] {
  const changes: PresenceChange[] = [];
  const edges = (
    list: readonly Interval[],
    on: Partial<PresenceState>,
    off: Partial<PresenceState>,
  ) => {
    for (const i of union(list)) {
      changes.push({ at: i.start, patch: on });
      changes.push({ at: i.end, patch: off });
    }
  };
  edges(script.focused, { focused: true }, { focused: false });
  edges(idleIntervals(script), { idleSeconds: script.idleThresholdSeconds }, { idleSeconds: 0 });
  edges(script.screenLocked, { screenLocked: true }, { screenLocked: false });
  edges(script.suspended ?? [], { suspended: true }, { suspended: false });
  return changes
    .filter((c) => c.at > script.start && c.at < script.end)
    .sort((a, b) => a.at - b.at);
}

/**
 * The same day as the Electron host reports it: focus and lock at once (events), the idle time
 * read by the host's own loop (src/main/platform/idle-watch.ts, as src/main/electron/presence.ts
 * runs it) on `schedule`: the product's (idle-poll.ts's `nextIdleReadMs`, the default) or
 * another to compare (the old host read every 5 s). The loop runs on a fake clock from `phaseMs`
 * after the day's start, reading the script's idle time in whole seconds as powerMonitor gives
 * it; `reads` is how many times it read.
 */
export function hostPresence(
  script: DayScript,
  options: {
    schedule?: (idleSeconds: number | null, thresholdSeconds: number) => number;
    phaseMs: number;
  },
): { changes: PresenceChange[]; reads: number } {
  const changes = presenceChanges(script).filter((c) => !('idleSeconds' in c.patch));
  const lastInputBefore = (t: number) => {
    const a = script.away.find((i) => i.start <= t && t < i.end);
    return a ? a.start : t;
  };
  const clock = new FakeClock(script.start);
  clock.advance(options.phaseMs);
  let reported = presenceAt(script, script.start).idleSeconds;
  let reads = 0;
  const watch = watchIdle({
    readIdleSeconds: () => {
      reads++;
      return Math.floor((clock.now() - lastInputBefore(clock.now())) / 1000);
    },
    thresholdSeconds: () => script.idleThresholdSeconds,
    reported: () => reported,
    report: (idleSeconds) => {
      reported = idleSeconds;
      changes.push({ at: clock.now(), patch: { idleSeconds } });
    },
    setTimer: (callback, ms) => clock.setTimeout(callback, ms),
    clearTimer: (timer) => clock.clearTimeout(timer as TimerId),
    log: silentLogger,
    ...(options.schedule ? { schedule: options.schedule } : {}),
  });
  clock.advance(script.end - clock.now());
  watch.stop();
  return {
    changes: changes.filter((c) => c.at < script.end).sort((a, b) => a.at - b.at),
    reads,
  };
}

/** The old host's schedule: the idle time read every `ms`, whatever it was. */
export const everyMs = (ms: number) => () => ms;
