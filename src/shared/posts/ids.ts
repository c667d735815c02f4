/**
 * X's post ids are 64-bit snowflakes sent as decimal strings. They exceed
 * Number.MAX_SAFE_INTEGER, so they are never turned into JS numbers: two canonical decimal
 * strings (no sign, no leading zeros) order the same way as their values when compared by
 * length first, then character by character.
 */

const CANONICAL_ID = /^(0|[1-9]\d{0,18})$/;

/** Whether `s` is an id in the canonical decimal form this module compares. */
export function isPostId(s: string): boolean {
  return CANONICAL_ID.test(s);
}

/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Newest first: the order every column shows. */
export const newestFirst = (a: string, b: string): number => compareIds(b, a);

export function isNewer(a: string, than: string): boolean {
  return compareIds(a, than) > 0;
}

/** The newest id of `ids`; undefined for none. */
export function maxId(ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const id of ids) if (best === undefined || compareIds(id, best) > 0) best = id;
  return best;
}

/** The oldest id of `ids`; undefined for none. */
export function minId(ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const id of ids) if (best === undefined || compareIds(id, best) < 0) best = id;
  return best;
}
