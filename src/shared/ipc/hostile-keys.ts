/**
 * Names every plain object answers through its prototype ("__proto__", "constructor",
 * "toString", ...). No request of Timedeck has a field or a record key by such a name, and a
 * record read with one finds a function instead of a value — which once stopped the time box
 * counting. So they are refused wherever they appear in a payload, before any schema runs.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype),
);

/** Deeper than any request of the contract: a payload nested further is refused outright. */
const MAX_DEPTH = 32;

/** The first prototype-named own key anywhere in `value`, as a dotted path; or null. */
export function findHostileKey(value: unknown, path = '', depth = 0): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_DEPTH) return path || '(payload)';
  for (const key of Object.keys(value)) {
    const where = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return where;
    const found = findHostileKey((value as Record<string, unknown>)[key], where, depth + 1);
    if (found) return found;
  }
  return null;
}
