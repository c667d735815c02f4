/**
 * The post j (step 1) or k (step -1) moves to in a column, newest first. From no post, either
 * key starts at the newest; at either end it stays put.
 */
export function stepPost(
  ids: readonly string[],
  currentId: string | null,
  step: 1 | -1,
): string | null {
  if (ids.length === 0) return null;
  const at = currentId === null ? -1 : ids.indexOf(currentId);
  if (at === -1) return ids[0] ?? null;
  const next = Math.min(ids.length - 1, Math.max(0, at + step));
  return ids[next] ?? null;
}
