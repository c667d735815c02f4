import type { ColumnPosts, ColumnSnapshot, ColumnStatus } from '../../shared/columns/content';
import type { Column, DecksState } from '../../shared/decks/schema';
import { applyFilters } from '../../shared/search/column-filters';
import type { XError, XResult } from '../../shared/x/errors';
import type { Post, PostPage, XUser } from '../../shared/x/types';
import type { EventHub } from '../ipc/events';
import type { Clock, TimerId } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import type { RateLimitState } from '../x/rate-limits';
import { backoffDelayMs, describeRetry, isRetryable, SLOW_BACKOFF } from './backoff';
import type { ColumnContent } from './column-content';
import { columnSource } from './column-source';
import { columnSinceId, newPostsFromPages, nextPage, nextSinceId, usesSinceId } from './paging';
import {
  endpointOf,
  planPolls,
  type ColumnSource,
  type PlannedRequest,
  type PollColumn,
  type PollState,
} from './poll-plan';
import { ARCHIVE_COLUMN_POSTS, type ColumnArchive } from './column-archive';
import { describeRateLimitWait } from '../../shared/time/wait-words';

/** Why a column may not be polled now, whatever its own state: the time box, the spend cap. */
export interface PollGate {
  state: 'locked' | 'spend-cap';
  message: string;
}

export interface PollerDeps {
  clock: Clock;
  random: () => number;
  log: Logger;
  events: EventHub;
  content: ColumnContent;
  /** Where every post read is kept, and what Archive columns search (the library). */
  archive: ColumnArchive;
  decks(): DecksState;
  rateLimits(): RateLimitState;
  accountState(accountId: string): 'ok' | 'needs-sign-in' | 'missing';
  /** One page of the source, as the account. */
  fetchPage(
    accountId: string,
    source: ColumnSource,
    page: { sinceId?: string; nextToken?: string },
  ): Promise<XResult<PostPage>>;
  lookupUser(accountId: string, username: string): Promise<XResult<XUser>>;
  gate(deckId: string): PollGate | null;
  /** Posts X billed for a column's request today, for "reads today". */
  onReads(columnIds: readonly string[], count: number): void;
  readsToday(columnId: string): number;
  notify(column: Column, posts: readonly Post[], users: ReadonlyMap<string, XUser>): void;
  /** New posts went to a column (focus sessions count posts seen). */
  onShown?(column: Column, count: number): void;
  /** New posts went to a column, read as `accountId`: the support inbox takes them in. */
  onDelivered?(
    column: Column,
    accountId: string,
    posts: readonly Post[],
    users: readonly XUser[],
  ): void;
}

interface Runtime {
  state: PollState;
  nextDueAt: number;
  lastPolledAt?: number;
  attempt: number;
  /** What the column asks X when its runtime began: a change restarts it. */
  signature: string;
  /** Its filters and interval then: a change of these alone keeps what it holds. */
  filters: string;
  intervalMs: number;
  problem?: Omit<ColumnStatus, 'columnId' | 'readsToday'>;
  /** Its account was seen signed out: when it is back, the column starts afresh. */
  awaitingSignIn?: boolean;
}

/** A username whose lookup failed: not asked again before `at`. */
interface LookupRetry {
  at: number;
  attempt: number;
}

// What the column asks X: only the fields its type uses (a form may send an empty query to a
// mentions column), and a search's filters, which are part of its query as operators.
const signatureOf = (c: Column) =>
  JSON.stringify([
    c.type,
    c.accountId,
    c.type === 'search' ? [c.query?.trim() ?? '', c.filters] : null,
    c.type === 'user' ? c.username?.toLowerCase() : null,
    c.type === 'list' ? c.listId : null,
  ]);

/** Whether `next` hides at least all that `before` hid, so the posts held can simply be filtered. */
function onlyStricter(before: Column['filters'], next: Column['filters']): boolean {
  const flags = ['hideReposts', 'hideReplies', 'onlyLinks', 'onlyMedia'] as const;
  const contains = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));
  return (
    flags.every((f) => !before[f] || next[f]) &&
    (before.lang === undefined || before.lang === next.lang) &&
    contains(before.mutedWords, next.mutedWords) &&
    contains(before.mutedAccounts, next.mutedAccounts)
  );
}

/**
 * One scheduler for every column: it plans with planPolls (shared requests, rate limits), reads
 * pages back to the last seen post, backs off with jitter when X is unreachable, stops polling a
 * column X refused, and skips every column the time box or the spend cap holds — those cost no
 * request at all. It runs on the clock it is given, so a fake clock drives a day of polling.
 */
export function createColumnPoller(deps: PollerDeps) {
  const { clock, content } = deps;
  const runtimes = new Map<string, Runtime>();
  const statuses = new Map<string, ColumnStatus>();
  const readMarkers = new Map<string, string>();
  /** The newest post X has given each column, shown or hidden by its filters (its since_id). */
  const readUpTo = new Map<string, string>();
  const userIds = new Map<string, string>();
  const lookups = new Set<string>();
  const lookupRetries = new Map<string, LookupRetry>();
  let timer: TimerId | undefined;
  let cycling = false;
  let again = false;
  let settledWaiters: Array<() => void> = [];
  const isSettled = () => !cycling && lookups.size === 0;
  /** Tells whoever waits (tests, through `settled`) that the poller has nothing in flight. */
  function notifySettled() {
    if (!isSettled()) return;
    const waiters = settledWaiters;
    settledWaiters = [];
    waiters.forEach((w) => w());
  }
  let stopped = true;
  /** Bumped when polling archived posts: Archive columns search again. */
  let archiveVersion = 0;
  let archived = false;
  const archiveShown = new Map<string, string>();

  const allColumns = () =>
    deps.decks().decks.flatMap((d) => d.columns.map((column) => ({ deck: d.id, column })));
  const findColumn = (id: string) => allColumns().find((c) => c.column.id === id)?.column;

  function setStatus(columnId: string, status: Omit<ColumnStatus, 'columnId' | 'readsToday'>) {
    const next: ColumnStatus = { columnId, readsToday: deps.readsToday(columnId), ...status };
    const before = statuses.get(columnId);
    if (before && JSON.stringify(before) === JSON.stringify(next)) return;
    statuses.set(columnId, next);
    deps.events.emit('columns.status', next);
  }

  function runtimeOf(column: Column): Runtime {
    const signature = signatureOf(column);
    const filters = JSON.stringify(column.filters);
    let rt = runtimes.get(column.id);
    const restart = () => {
      // The column asks something else now: what it showed no longer answers it, and what it
      // read (or hid) is read afresh.
      content.forget(column.id);
      readUpTo.delete(column.id);
      deps.events.emit('columns.posts', content.batchOf(column.id, 'replace'));
      safely('forget a column', () => deps.archive.forget(column.id));
      return {
        state: 'ok' as const,
        nextDueAt: clock.now(),
        attempt: 0,
        signature,
        filters,
        intervalMs: column.intervalMs,
      };
    };
    if (!rt) {
      rt = {
        state: 'ok',
        nextDueAt: clock.now(),
        attempt: 0,
        signature,
        filters,
        intervalMs: column.intervalMs,
      };
      runtimes.set(column.id, rt);
    } else if (rt.signature !== signature) {
      rt = restart();
      runtimes.set(column.id, rt);
    } else if (rt.filters !== filters) {
      if (onlyStricter(JSON.parse(rt.filters) as Column['filters'], column.filters)) {
        // Stricter filters: hide what the column holds now, with no request to X.
        content.retain(column.id, (posts, users) =>
          applyFilters(posts, column.filters, Object.fromEntries(users)),
        );
        deps.events.emit('columns.posts', content.batchOf(column.id, 'replace'));
        rt.filters = filters;
      } else {
        // Looser: posts it hid were never kept, so read the column afresh.
        rt = restart();
        runtimes.set(column.id, rt);
      }
    }
    if (rt.intervalMs !== column.intervalMs) {
      rt.nextDueAt = (rt.lastPolledAt ?? clock.now()) + column.intervalMs;
      rt.intervalMs = column.intervalMs;
    }
    return rt;
  }

  function lookUp(accountId: string, username: string) {
    const key = username.toLowerCase();
    if (lookups.has(key)) return;
    const retry = lookupRetries.get(key);
    if (retry && retry.at > clock.now()) return;
    lookups.add(key);
    const failed = (error: XError) => {
      // The next lookup waits (with jitter): a failure must never be asked again at once.
      const attempt = (lookupRetries.get(key)?.attempt ?? 0) + 1;
      const slow = !isRetryable(error.kind);
      const delay = backoffDelayMs(attempt - 1, deps.random, slow ? SLOW_BACKOFF : undefined);
      lookupRetries.set(key, { at: clock.now() + delay, attempt });
      for (const { column } of allColumns())
        if (column.username?.toLowerCase() === key)
          setStatus(column.id, { ...failureStatus(error), until: clock.now() + delay });
    };
    deps
      .lookupUser(accountId, username)
      .then(
        (r) => {
          if (r.ok) {
            userIds.set(key, r.value.id);
            lookupRetries.delete(key);
          } else failed(r.error);
        },
        (e: unknown) => {
          deps.log.error(`looking up @${username} failed`, e);
          failed({ kind: 'unavailable', message: 'Timedeck could not look this account up.' });
        },
      )
      .catch((e: unknown) => deps.log.error(`after looking up @${username}`, e))
      .finally(() => {
        lookups.delete(key);
        wake();
        notifySettled();
      });
  }

  /** Every column of an account starts afresh: it signed in again. */
  function restartAccount(accountId: string) {
    for (const { column } of allColumns()) {
      if (column.accountId !== accountId) continue;
      const rt = runtimes.get(column.id);
      if (rt) resetRuntime(rt);
    }
    for (const [key, retry] of lookupRetries) lookupRetries.set(key, { ...retry, at: 0 });
  }

  const resetRuntime = (rt: Runtime) => {
    Object.assign(rt, { state: 'ok', nextDueAt: clock.now(), attempt: 0 });
    delete rt.problem;
    delete rt.awaitingSignIn;
  };

  /** The columns that may be polled now, as the planner sees them; the others get a status. */
  function pollable(): PollColumn[] {
    const out: PollColumn[] = [];
    for (const { deck, column } of allColumns()) {
      const gate = deps.gate(deck);
      if (gate) {
        // An Archive column shows its search again when the deck opens.
        archiveShown.delete(column.id);
        setStatus(column.id, { state: gate.state, message: gate.message });
        continue;
      }
      if (column.type === 'archive') {
        showArchive(column);
        continue;
      }
      if (column.type === 'inbox') {
        // The inbox shows what the other columns delivered (src/main/inbox): nothing to poll.
        setStatus(column.id, { state: 'ok', message: 'Conversations from your columns, no cost' });
        continue;
      }
      const rt = runtimeOf(column);
      const source = columnSource(column, userIds);
      if ('problem' in source) {
        if (column.type === 'user' && column.username && column.accountId)
          lookUp(column.accountId, column.username);
        setStatus(column.id, { state: source.problem, message: source.message });
        continue;
      }
      const account = deps.accountState(source.accountId);
      if (account !== 'ok') rt.awaitingSignIn = true;
      else if (rt.awaitingSignIn) resetRuntime(rt);
      if (account !== 'ok') {
        setStatus(column.id, {
          state: account === 'missing' ? 'needs-account' : 'needs-sign-in',
          message:
            account === 'missing'
              ? 'Its account was signed out: choose another.'
              : 'Its account needs to sign in again.',
        });
        continue;
      }
      if (rt.problem) setStatus(column.id, rt.problem);
      const newestId = columnSinceId({
        newestShown: content.newestId(column.id),
        readUpTo: readUpTo.get(column.id),
        clearedUpTo: content.clearedUpTo(column.id),
      });
      out.push({
        id: column.id,
        accountId: source.accountId,
        source: source.source,
        intervalMs: column.intervalMs,
        nextDueAt: rt.nextDueAt,
        state: rt.state,
        ...(rt.lastPolledAt !== undefined ? { lastPolledAt: rt.lastPolledAt } : {}),
        ...(newestId ? { newestId } : {}),
      });
      if (!statuses.has(column.id) || statuses.get(column.id)?.state === 'idle') {
        setStatus(column.id, { state: 'idle', message: 'Waiting for its first posts.' });
      }
    }
    return out;
  }

  function failureStatus(error: XError): Omit<ColumnStatus, 'columnId' | 'readsToday'> {
    switch (error.kind) {
      case 'invalid_query':
        return {
          state: 'invalid',
          errorKind: error.kind,
          message:
            'X refused this search, so the column stopped polling. Edit it to fix the query.',
          ...(error.xMessage ? { xMessage: error.xMessage } : {}),
        };
      case 'auth':
        return { state: 'needs-sign-in', errorKind: error.kind, message: error.message };
      default:
        return { state: 'error', errorKind: error.kind, message: error.message };
    }
  }

  /**
   * Every failure moves the column's next attempt forward: a rate limit to X's reset, an outage
   * by a quick backoff, anything else time may cure by a slow one. Only a query X refused stops
   * the column until it is edited; nothing is ever retried at once.
   */
  function onFailure(req: PlannedRequest, error: XError) {
    const now = clock.now();
    for (const id of req.columnIds) {
      const column = findColumn(id);
      if (!column) continue;
      const rt = runtimeOf(column);
      rt.lastPolledAt = now;
      if (error.kind === 'rate_limited') {
        rt.state = 'rate-limited';
        rt.nextDueAt = Math.max(error.resetAt ?? now + 15 * 60_000, now + 1_000);
        rt.problem = {
          state: 'rate-limited',
          errorKind: error.kind,
          until: rt.nextDueAt,
          message: describeRateLimitWait(rt.nextDueAt, now),
        };
      } else if (isRetryable(error.kind)) {
        const delay = backoffDelayMs(rt.attempt, deps.random);
        rt.attempt += 1;
        rt.state = 'backoff';
        rt.nextDueAt = now + delay;
        rt.problem = {
          state: 'offline',
          errorKind: error.kind,
          until: rt.nextDueAt,
          message: describeRetry(error.kind, delay),
        };
      } else if (error.kind === 'invalid_query') {
        // Only an edit can cure a query X refused (an edit restarts the column).
        rt.state = 'invalid';
        rt.problem = failureStatus(error);
      } else {
        // No credits, a revoked session, a permission: a slow retry finds out when it is cured
        // (a new billing period, credits added); signing in again restarts it at once.
        const delay = backoffDelayMs(rt.attempt, deps.random, SLOW_BACKOFF);
        rt.attempt += 1;
        rt.state = 'backoff';
        rt.nextDueAt = now + delay;
        rt.problem = { ...failureStatus(error), until: rt.nextDueAt };
      }
      setStatus(id, rt.problem);
    }
  }

  /**
   * A success of an account and endpoint shows X answers it again: the columns of the same
   * account and endpoint waiting out a failure are asked at once, and their error goes.
   */
  function healSiblings(req: PlannedRequest) {
    for (const { column } of allColumns()) {
      if (req.columnIds.includes(column.id) || column.accountId !== req.accountId) continue;
      const rt = runtimes.get(column.id);
      if (!rt || rt.state !== 'backoff' || !rt.problem) continue;
      const source = columnSource(column, userIds);
      if ('problem' in source || endpointOf(source.source) !== req.endpoint) continue;
      resetRuntime(rt);
      setStatus(column.id, {
        state: content.newestId(column.id) ? 'ok' : 'idle',
        message: 'X answers again: refreshing.',
      });
    }
  }

  async function execute(req: PlannedRequest) {
    for (const id of req.columnIds) {
      if (!content.newestId(id)) setStatus(id, { state: 'loading', message: 'Loading…' });
    }
    const pages: PostPage[] = [];
    const sinceId = usesSinceId(req.endpoint) ? req.sinceId : undefined;
    let nextToken: string | undefined;
    for (;;) {
      const result = await deps.fetchPage(req.accountId, req.source, {
        ...(sinceId ? { sinceId } : {}),
        ...(nextToken ? { nextToken } : {}),
      });
      if (!result.ok) return onFailure(req, result.error);
      pages.push(result.value);
      deps.onReads(req.columnIds, result.value.posts.length + result.value.includes.posts.length);
      const decision = nextPage(
        {
          postIds: result.value.posts.map((p) => p.id),
          ...(result.value.meta.nextToken ? { nextToken: result.value.meta.nextToken } : {}),
        },
        { ...(req.sinceId ? { sinceId: req.sinceId } : {}), pagesRead: pages.length },
      );
      if (decision.action !== 'fetch') break;
      nextToken = decision.paginationToken;
    }

    const now = clock.now();
    const includes = {
      users: pages.flatMap((p) => p.includes.users),
      posts: pages.flatMap((p) => p.includes.posts),
      media: pages.flatMap((p) => p.includes.media),
    };
    const usersById = new Map(includes.users.map((u) => [u.id, u]));
    const usernames = Object.fromEntries(includes.users.map((u) => [u.id, u]));
    for (const id of req.columnIds) {
      const column = findColumn(id);
      if (!column) continue;
      const hadPosts = content.newestId(id) !== undefined;
      const candidates = newPostsFromPages(
        pages.map((p) => p.posts),
        content.newestId(id),
      );
      const fresh = content.add(id, applyFilters(candidates, column.filters, usernames), includes);
      const shown = new Set(fresh.map((p) => p.id));
      const read = nextSinceId(
        readUpTo.get(id),
        pages.flatMap((p) => p.posts.map((post) => post.id)),
      );
      if (read !== undefined && read !== readUpTo.get(id)) {
        readUpTo.set(id, read);
        safely('keep what a column has read', () => deps.archive.readUpTo(id, read));
      }
      safely('archive posts', () =>
        deps.archive.keep(
          {
            columnId: id,
            accountId: req.accountId,
            ...(column.type === 'search' && column.query ? { query: column.query } : {}),
          },
          fresh,
          {
            users: includes.users,
            media: includes.media,
            posts: [
              ...pages.flatMap((p) => p.posts).filter((p) => !shown.has(p.id)),
              ...includes.posts,
            ],
          },
        ),
      );
      archived = true;
      if (fresh.length > 0) {
        deps.events.emit('columns.posts', content.batch(id, fresh, 'prepend'));
        if (column.notify && hadPosts) deps.notify(column, fresh, usersById);
        deps.onShown?.(column, fresh.length);
        safely('take posts into the inbox', () =>
          deps.onDelivered?.(column, req.accountId, fresh, includes.users),
        );
      }
      const rt = runtimeOf(column);
      Object.assign(rt, {
        state: 'ok',
        attempt: 0,
        lastPolledAt: now,
        nextDueAt: now + column.intervalMs,
      });
      delete rt.problem;
      setStatus(id, { state: 'ok', lastUpdatedAt: now });
    }
    healSiblings(req);
  }

  /** The archive never stops the columns: a failure there is logged, polling goes on. */
  function safely(what: string, run: () => void) {
    try {
      run();
    } catch (e) {
      deps.log.error(`library: could not ${what}`, e);
    }
  }

  /**
   * An Archive column: a search of what was already read, at no cost and with no request, shown
   * again when its query changes or new posts reach the archive.
   */
  function showArchive(column: Column) {
    const key = JSON.stringify([column.query ?? '', archiveVersion]);
    if (archiveShown.get(column.id) === key) return;
    archiveShown.set(column.id, key);
    let found: ReturnType<ColumnArchive['search']>;
    try {
      found = deps.archive.search(column.query ?? '', ARCHIVE_COLUMN_POSTS);
    } catch (e) {
      deps.log.error('library: an archive search failed', e);
      found = { error: 'The archive could not be searched just now.' };
    }
    content.forget(column.id);
    if ('error' in found) {
      deps.events.emit('columns.posts', content.batchOf(column.id, 'replace'));
      setStatus(column.id, {
        state: column.query?.trim() ? 'invalid' : 'needs-setup',
        message: column.query?.trim()
          ? found.error
          : 'Set up what this column looks for in your archive.',
      });
      return;
    }
    content.add(column.id, found.posts, {
      users: found.users,
      posts: found.referenced,
      media: found.media,
    });
    deps.events.emit('columns.posts', content.batchOf(column.id, 'replace'));
    setStatus(column.id, {
      state: 'ok',
      lastUpdatedAt: clock.now(),
      message: `From your archive: ${found.more ? 'more than ' : ''}${found.total.toLocaleString('en-US')} post${found.total === 1 ? '' : 's'}, no cost`,
    });
  }

  async function cycle() {
    if (cycling) {
      again = true;
      return;
    }
    cycling = true;
    try {
      do {
        again = false;
        if (stopped) return;
        const plan = planPolls(pollable(), deps.rateLimits(), clock.now());
        for (const w of plan.waiting) {
          setStatus(w.columnId, {
            state: 'rate-limited',
            until: w.until,
            message: describeRateLimitWait(w.until, clock.now()),
          });
        }
        if (plan.requests.length > 0) {
          await Promise.all(
            plan.requests.map((r) =>
              execute(r).catch((e: unknown) => {
                // An unexpected throw is a failure like any other: the column backs off.
                deps.log.error('poll failed', e);
                try {
                  onFailure(r, {
                    kind: 'unavailable',
                    message: 'Timedeck could not read this column.',
                  });
                } catch (inner) {
                  deps.log.error('could not record a failed poll', inner);
                }
              }),
            ),
          );
          if (archived) archiveVersion += 1;
          archived = false;
          again = true;
        } else {
          // Lookups waiting to be asked again; one in flight wakes the poller when it ends.
          const now = clock.now();
          const retries = [...lookupRetries.entries()]
            .filter(([key, r]) => r.at > now && !lookups.has(key))
            .map(([, r]) => r.at);
          const next = Math.min(plan.nextWakeAt ?? Infinity, ...retries);
          if (Number.isFinite(next)) arm(next);
        }
      } while (again);
    } catch (e) {
      // Whatever failed in planning, polling goes on: try again in a minute, not at once.
      deps.log.error('the poller could not plan', e);
      arm(clock.now() + backoffDelayMs(0, deps.random, SLOW_BACKOFF));
    } finally {
      cycling = false;
      notifySettled();
    }
  }

  function arm(at: number) {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        void cycle();
      },
      // Never sooner than a second: a plan that names a moment already past must not spin.
      Math.max(1_000, at - clock.now()),
    );
  }

  function wake() {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    void cycle();
  }

  return {
    /** Loads each column's last posts from the archive (shown at once, offline too) and starts polling. */
    start() {
      for (const { column } of allColumns()) {
        if (column.type === 'archive' || column.type === 'inbox') continue;
        try {
          const last = deps.archive.load(column.id);
          if (last.clearedUpTo) content.restoreCleared(column.id, last.clearedUpTo);
          if (last.readMarker) readMarkers.set(column.id, last.readMarker);
          if (last.readUpTo) readUpTo.set(column.id, last.readUpTo);
          const users = Object.fromEntries(last.users.map((u) => [u.id, u]));
          // Filters made stricter since: what they hide stays hidden.
          content.add(column.id, applyFilters(last.posts, column.filters, users), {
            users: last.users,
            posts: last.referenced,
            media: last.media,
          });
        } catch (e) {
          deps.log.error(`library: could not load column ${column.id}`, e);
        }
      }
      stopped = false;
      wake();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    },
    /** The deck layout or an account changed: re-plan now (edited columns restart). */
    wake,
    refresh(columnId: string) {
      archiveShown.delete(columnId);
      const rt = runtimes.get(columnId);
      if (rt) resetRuntime(rt);
      wake();
    },
    /** The account signed in again: every column of it starts afresh, now. */
    restartAccount(accountId: string) {
      restartAccount(accountId);
      wake();
    },
    clear(columnId: string) {
      content.clear(columnId);
      deps.events.emit('columns.posts', content.batchOf(columnId, 'replace'));
      const upTo = content.clearedUpTo(columnId);
      if (upTo) safely('clear a column', () => deps.archive.cleared(columnId, upTo));
    },
    markRead(columnId: string, postId: string) {
      readMarkers.set(columnId, postId);
      safely('keep a read marker', () => deps.archive.markRead(columnId, postId));
    },
    /** What the columns hold now; `readable` says which columns' posts may be read out. */
    snapshot(readable: (columnId: string) => boolean = () => true): ColumnSnapshot {
      const ids = allColumns()
        .map((c) => c.column.id)
        .filter(readable);
      return {
        posts: ids.map((id): ColumnPosts => content.batchOf(id, 'replace')),
        statuses: ids.flatMap((id) => statuses.get(id) ?? []),
        readMarkers: Object.fromEntries(readMarkers),
      };
    },
    status: (columnId: string) => statuses.get(columnId),
    /**
     * Resolves once no poll and no lookup is in flight: what has been asked of X so far is
     * answered and recorded, and the next attempt is on the clock. An explicit signal for
     * tests, instead of a sleep that passes whatever happened.
     */
    settled(): Promise<void> {
      if (isSettled()) return Promise.resolve();
      return new Promise((resolve) => settledWaiters.push(resolve));
    },
  };
}

export type ColumnPoller = ReturnType<typeof createColumnPoller>;
