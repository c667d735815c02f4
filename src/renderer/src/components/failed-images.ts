// Pictures that failed to load, and when. Cards mount and unmount all the time in a scrolled
// column: without this, each mount would ask an unreachable host again (offline, or X's image
// host blocked) and then swap the broken image for its stand-in. A failed picture is tried again
// after a while.
const failedAt = new Map<string, number>();
const RETRY_AFTER_MS = 5 * 60_000;

export function imageFailedLately(url: string): boolean {
  const at = failedAt.get(url);
  return at !== undefined && Date.now() - at < RETRY_AFTER_MS;
}

export function noteImageFailed(url: string): void {
  failedAt.set(url, Date.now());
}
