import { MIN_REFRESH_MS, type Column } from '../../shared/decks/schema';
import { ENDPOINTS } from '../x/endpoints';
import { columnSource } from './column-source';
import { endpointOf, minIntervalMs, type PollColumn } from './poll-plan';

/**
 * The shortest refresh interval a column may have: what its account's rate limit on the
 * column's endpoint can sustain with all its other columns (columns asking the same thing
 * share a request and cost nothing extra). Unbound or unfinished columns poll nothing yet.
 */
export function intervalFloorMs(column: Column, columns: readonly Column[]): number {
  // For this arithmetic a user column's username stands in for its id: same user, same request.
  const sameName = new Map(
    columns.flatMap((c) =>
      c.username ? [[c.username.toLowerCase(), c.username.toLowerCase()]] : [],
    ),
  );
  const asPoll = (c: Column): PollColumn | null => {
    const source = columnSource(c, sameName);
    if ('problem' in source) return null;
    return {
      id: c.id,
      accountId: source.accountId,
      source: source.source,
      intervalMs: c.intervalMs,
      nextDueAt: 0,
      state: 'ok',
    };
  };
  const own = asPoll(column);
  if (!own) return MIN_REFRESH_MS;
  const others = columns.flatMap((c) => (c.id === column.id ? [] : (asPoll(c) ?? [])));
  const limit = ENDPOINTS[endpointOf(own.source)].perUser15m;
  return Math.max(MIN_REFRESH_MS, minIntervalMs(own, others, limit));
}
