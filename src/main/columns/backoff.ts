import type { XErrorKind } from '../../shared/x/errors';
import { formatWait } from '../../shared/time/wait-words';

/**
 * How long a column waits before retrying after X could not be reached or answered 503:
 * exponential backoff with full jitter (a random wait up to base * 2^attempt, capped), so that
 * after an outage the columns of every running Timedeck do not retry in step.
 */

export interface BackoffOptions {
  /** The first retry waits up to this long. */
  baseMs: number;
  /** No wait is longer than this. */
  capMs: number;
  /** No wait is shorter than this, whatever the dice say: no retry storm at 0 ms. */
  minMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 5_000, capMs: 5 * 60_000, minMs: 1_000 };

/**
 * For failures a quick retry cannot cure but time may (credits topped up or a new billing
 * period, a permission restored, a session that needs the user): a slow retry, so the column
 * resumes by itself without a click and never asks X more than a few times an hour.
 */
export const SLOW_BACKOFF: BackoffOptions = {
  baseMs: 2 * 60_000,
  capMs: 30 * 60_000,
  minMs: 60_000,
};

/**
 * The wait before retry number `attempt` (0 for the first retry). `random` returns a number in
 * [0, 1), as Math.random or a seeded generator does.
 */
export function backoffDelayMs(
  attempt: number,
  random: () => number,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  // Past 2^60 every sane cap is reached; NaN and negatives count as the first retry.
  const n = attempt > 0 ? Math.floor(Math.min(attempt, 60)) : 0;
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** n);
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
  return Math.max(Math.min(options.minMs, ceiling), Math.floor(unit * ceiling));
}

/** The failures that a retry can cure; the others (a bad query, a revoked sign-in) cannot. */
export type RetryableKind = Extract<XErrorKind, 'network' | 'unavailable'>;

export const isRetryable = (kind: XErrorKind): kind is RetryableKind =>
  kind === 'network' || kind === 'unavailable';

// "Offline" only when X could not be reached at all; a 5xx means X was reached and failed.
const RETRY_REASON: Record<RetryableKind, string> = {
  network: 'offline',
  unavailable: 'X is not answering',
};

/** What a column in backoff shows: "offline, retrying in 40 s". */
export function describeRetry(kind: RetryableKind, delayMs: number): string {
  return `${RETRY_REASON[kind]}, retrying in ${formatWait(delayMs)}`;
}
