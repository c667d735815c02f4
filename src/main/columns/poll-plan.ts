import { compareIds } from '../../shared/posts/ids';
import type { EndpointKey } from '../x/endpoints';
import { WINDOW_MS, currentWindow, type RateLimitState } from '../x/rate-limits';

/**
 * The poller's decisions, without the polling: which requests to send now, which columns wait
 * for a rate limit, and when to look again. One scheduler plans for every column; columns of
 * one account that ask X the same thing share one request (and so one rate-limit call and one
 * bill for the posts).
 */

/** A column's refresh interval unless the user picks another. */
export const DEFAULT_REFRESH_MS = 2 * 60_000;

/** Share of an endpoint's window the timers may use; the rest is for paging and "load more". */
export const DEFAULT_SAFETY_FACTOR = 0.8;

export type TimelineExclude = 'retweets' | 'replies';

/** What a column asks X for. A search's query is final: its filters are already operators. */
export type ColumnSource =
  | { kind: 'search'; query: string }
  | { kind: 'mentions' }
  | { kind: 'home'; exclude?: readonly TimelineExclude[] }
  | { kind: 'user'; userId: string; exclude?: readonly TimelineExclude[] }
  | { kind: 'list'; listId: string };

/**
 * ok: polls on its interval. backoff: waits after a network error or a 503 (nextDueAt).
 * rate-limited: waits for its endpoint's window to reset (nextDueAt). invalid: X refused the
 * request (a bad query); not polled until the column is edited. paused: the user or the time box
 * stopped it.
 */
export type PollState = 'ok' | 'backoff' | 'rate-limited' | 'invalid' | 'paused';

export interface PollColumn {
  id: string;
  accountId: string;
  source: ColumnSource;
  intervalMs: number;
  lastPolledAt?: number;
  /** When the column next wants posts (ms since epoch). */
  nextDueAt: number;
  state: PollState;
  /** The newest post id the column holds: the since_id of its next request. */
  newestId?: string;
}

export interface PlannedRequest {
  /** Equal for columns that can share the request. */
  key: string;
  accountId: string;
  endpoint: EndpointKey;
  source: ColumnSource;
  /** Every column the answer goes to, whether or not it was due yet. */
  columnIds: string[];
  /** Absent on a column's first load; the oldest of the columns' newest ids when shared. */
  sinceId?: string;
}

export interface RateLimitWait {
  columnId: string;
  accountId: string;
  endpoint: EndpointKey;
  /** When the endpoint's window resets (ms since epoch). */
  until: number;
}

export interface PollPlan {
  requests: PlannedRequest[];
  /** Columns due now that their endpoint's rate limit holds back. */
  waiting: RateLimitWait[];
  /** When planning again can give a different answer; undefined when no column is polled. */
  nextWakeAt?: number;
}

const ENDPOINT_OF: Record<ColumnSource['kind'], EndpointKey> = {
  search: 'searchRecent',
  mentions: 'mentions',
  home: 'homeTimeline',
  user: 'userPosts',
  list: 'listPosts',
};

export const endpointOf = (source: ColumnSource): EndpointKey => ENDPOINT_OF[source.kind];

const excludeKey = (exclude: readonly TimelineExclude[] | undefined) =>
  [...new Set(exclude ?? [])].sort().join(',');

/** Columns with the same key ask X the same question with the same account. */
export function requestKey(accountId: string, source: ColumnSource): string {
  switch (source.kind) {
    case 'search':
      return JSON.stringify([accountId, source.kind, source.query]);
    case 'mentions':
      return JSON.stringify([accountId, source.kind]);
    case 'home':
      return JSON.stringify([accountId, source.kind, excludeKey(source.exclude)]);
    case 'user':
      return JSON.stringify([accountId, source.kind, source.userId, excludeKey(source.exclude)]);
    case 'list':
      return JSON.stringify([accountId, source.kind, source.listId]);
  }
}

export const isPolled = (state: PollState): boolean => state !== 'invalid' && state !== 'paused';

function groupByRequest(columns: readonly PollColumn[]): Map<string, PollColumn[]> {
  const groups = new Map<string, PollColumn[]>();
  for (const c of columns) {
    if (!isPolled(c.state)) continue;
    const key = requestKey(c.accountId, c.source);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

/** The since_id that serves every column of a shared request: none if one has no posts yet. */
function sharedSinceId(columns: readonly PollColumn[]): string | undefined {
  let oldest: string | undefined;
  for (const c of columns) {
    if (c.newestId === undefined) return undefined;
    if (oldest === undefined || compareIds(c.newestId, oldest) < 0) oldest = c.newestId;
  }
  return oldest;
}

/**
 * What to poll at `now`. A request is due when any of its columns is; the most overdue go first
 * when an endpoint's remaining calls cannot cover every due request.
 */
export function planPolls(
  columns: readonly PollColumn[],
  rateLimits: RateLimitState,
  now: number,
): PollPlan {
  const due: Array<{ key: string; members: PollColumn[]; dueAt: number }> = [];
  let nextWakeAt: number | undefined;
  const wakeAt = (t: number) => {
    if (nextWakeAt === undefined || t < nextWakeAt) nextWakeAt = t;
  };

  for (const [key, members] of groupByRequest(columns)) {
    const dueAt = Math.min(...members.map((c) => c.nextDueAt));
    if (dueAt <= now) due.push({ key, members, dueAt });
    else wakeAt(dueAt);
  }
  due.sort((a, b) => a.dueAt - b.dueAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const requests: PlannedRequest[] = [];
  const waiting: RateLimitWait[] = [];
  const callsLeft = new Map<string, number>();
  for (const { key, members } of due) {
    const first = members[0]!;
    const accountId = first.accountId;
    const endpoint = endpointOf(first.source);
    const windowKey = JSON.stringify([accountId, endpoint]);
    const window = currentWindow(rateLimits, accountId, endpoint, now);
    const left = callsLeft.get(windowKey) ?? window?.remaining ?? Infinity;
    if (window && left <= 0) {
      for (const c of members)
        waiting.push({ columnId: c.id, accountId, endpoint, until: window.resetAt });
      wakeAt(window.resetAt);
      continue;
    }
    callsLeft.set(windowKey, left - 1);
    const sinceId = sharedSinceId(members);
    requests.push({
      key,
      accountId,
      endpoint,
      source: first.source,
      columnIds: members.map((c) => c.id),
      ...(sinceId !== undefined ? { sinceId } : {}),
    });
  }
  return { requests, waiting, ...(nextWakeAt !== undefined ? { nextWakeAt } : {}) };
}

/**
 * The shortest refresh interval `column` can have without its account running out of calls on
 * the endpoint, given the other columns polling it (`columns` may include `column`; columns of
 * other accounts or endpoints are ignored). Columns that share `column`'s request cost nothing
 * extra; every other request costs one call per its fastest column's interval. Infinity when the
 * others already use the whole allowance.
 */
export function minIntervalMs(
  column: Pick<PollColumn, 'id' | 'accountId' | 'source'>,
  columns: readonly PollColumn[],
  limitPer15Min: number,
  safetyFactor: number = DEFAULT_SAFETY_FACTOR,
): number {
  const endpoint = endpointOf(column.source);
  const ownKey = requestKey(column.accountId, column.source);
  const fastest = new Map<string, number>();
  for (const c of columns) {
    if (c.id === column.id || c.accountId !== column.accountId) continue;
    if (endpointOf(c.source) !== endpoint || !isPolled(c.state)) continue;
    const key = requestKey(c.accountId, c.source);
    if (key === ownKey) continue;
    fastest.set(key, Math.min(fastest.get(key) ?? Infinity, c.intervalMs));
  }
  let callsPerWindow = 0;
  // A window can hold a partial interval: count the call that starts it.
  for (const interval of fastest.values())
    callsPerWindow += Math.ceil(WINDOW_MS / Math.max(1, interval));
  const allowance = Math.floor(limitPer15Min * safetyFactor) - callsPerWindow;
  if (allowance <= 0) return Infinity;
  return Math.ceil(WINDOW_MS / allowance);
}
