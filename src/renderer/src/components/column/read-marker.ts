import { isNewer } from '../../../../shared/posts/ids';

/**
 * Where the read-marker line goes: above the first post the user has seen (the marker post, or
 * the newest one older than it if that one is gone). -1 when there is nothing new above it or
 * no marker at all.
 */
export function readMarkerIndex(ids: readonly string[], marker: string | undefined): number {
  if (marker === undefined) return -1;
  const index = ids.findIndex((id) => !isNewer(id, marker));
  return index > 0 ? index : -1;
}
