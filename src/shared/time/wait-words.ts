/**
 * Waits in the words a column shows: "40 s", "1 min 30 s", "2 h 5 min". Rounded up to the
 * second, so a wait that has not ended never reads "0 s".
 */
export function formatWait(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/** A column waiting for its endpoint's window: "rate limit reached, resuming in 4 min". */
export function describeRateLimitWait(until: number, now: number): string {
  return until <= now
    ? 'rate limit reached, resuming now'
    : `rate limit reached, resuming in ${formatWait(until - now)}`;
}
