import type { AppError } from '../../../shared/errors';

/**
 * When a post that did not go out is sent again by itself. Only failures a retry can cure are
 * retried — X not answering (5xx) or not reachable — with exponential backoff and full jitter
 * (never sooner than SEND_RETRY_MIN_MS), and only a few times: after that, or for anything else,
 * the composer says "Not sent" and offers Retry.
 */

export const SEND_RETRY_BASE_MS = 20_000;
export const SEND_RETRY_MIN_MS = 10_000;
export const SEND_RETRY_CAP_MS = 5 * 60_000;
/** Automatic retries after the first failure; then the user decides. */
export const MAX_SEND_RETRIES = 4;

export const isRetryableSend = (error: AppError): boolean =>
  error.kind === 'x' && (error.x?.kind === 'unavailable' || error.x?.kind === 'network');

/** The wait before automatic retry number `retry` (0 for the first), or null for none. */
export function sendRetryDelayMs(
  error: AppError,
  retry: number,
  random: () => number,
): number | null {
  if (!isRetryableSend(error) || retry >= MAX_SEND_RETRIES) return null;
  const ceiling = Math.min(SEND_RETRY_CAP_MS, SEND_RETRY_BASE_MS * 2 ** Math.max(0, retry));
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
  return Math.max(SEND_RETRY_MIN_MS, Math.floor(unit * ceiling));
}

/** "Sending again in 20 s…": the countdown the composer shows, rounded up to whole seconds. */
export function sendingAgainWords(retryAt: number, now: number): string {
  const seconds = Math.ceil((retryAt - now) / 1000);
  return seconds <= 0 ? 'Sending again now…' : `Sending again in ${seconds} s…`;
}
