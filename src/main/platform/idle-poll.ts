/**
 * When to read the system's idle time next. The host can only ask (Electron's
 * `powerMonitor.getSystemIdleTime()`, whole seconds; no event says "the user went idle"), and
 * every millisecond between the moment idleness begins or ends and the read that sees it is
 * counted wrongly. A fixed 5-second poll saw each idle spell up to 5 s late at both ends (3.9 s
 * of error per hour of a working day, bench/README.md "ledger_error_s_per_hour").
 *
 * While active, nothing can change until the threshold could first be crossed, so the next read
 * waits until then and no longer; in the last second before it, and while idle (waiting for the
 * user's return), reads come often. The delays are bounded both ways: never a hot loop, never a
 * stall, and a changed threshold is seen within `maxMs`.
 */
export const IDLE_POLL = {
  /** Never sooner than this, whatever the inputs: no hot loop. */
  minMs: 250,
  /** Never later than this: a lowered threshold (or anything else) is seen within it. */
  maxMs: 10_000,
  /** In the last second before the threshold: the crossing is seen this late at most. */
  nearThresholdMs: 250,
  /** While idle: the user's return is seen this late at most. */
  whileIdleMs: 500,
  /** After a read that failed or made no sense: try again this soon. */
  retryMs: 1000,
} as const;

export type IdlePoll = { readonly [K in keyof typeof IDLE_POLL]: number };

/**
 * The delay in ms until the next read, given the idle seconds just read (`null`: the read
 * failed) and the idle threshold in force. A reading of k whole seconds means the user has
 * been idle for somewhere in [k, k + 1) s, so the threshold T can be crossed no sooner than
 * T − k − 1 s from now.
 */
export function nextIdleReadMs(
  idleSeconds: number | null,
  thresholdSeconds: number,
  poll: IdlePoll = IDLE_POLL,
): number {
  const bounded = (ms: number) => Math.round(Math.min(poll.maxMs, Math.max(poll.minMs, ms)));
  if (
    idleSeconds === null ||
    !Number.isFinite(idleSeconds) ||
    idleSeconds < 0 ||
    !Number.isFinite(thresholdSeconds) ||
    thresholdSeconds <= 0
  )
    return bounded(poll.retryMs);
  // Idle counts from the first whole second at or over the threshold (presence-rule.ts compares
  // the whole seconds read with it).
  const secondsLeft = Math.ceil(thresholdSeconds) - Math.floor(idleSeconds);
  if (secondsLeft <= 0) return bounded(poll.whileIdleMs);
  if (secondsLeft === 1) return bounded(poll.nearThresholdMs);
  return bounded((secondsLeft - 1) * 1000);
}

/** Idle as the time box's rule reads it (presence-rule.ts): at or over the threshold. */
export const isIdle = (idleSeconds: number, thresholdSeconds: number) =>
  idleSeconds >= thresholdSeconds;

/**
 * Whether a reading must be told to the time box: only when it lands on the other side of the
 * threshold from the one it holds, since that is all the rule compares. Telling it of every new
 * second would step the meter (and save the ledger, when the window is not focused) at every
 * read while the user is away.
 */
export const idleReadingMatters = (
  reported: number,
  read: number,
  thresholdSeconds: number,
): boolean => isIdle(reported, thresholdSeconds) !== isIdle(read, thresholdSeconds);
