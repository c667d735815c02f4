import { z } from 'zod';
import type { Clock } from '../../shared/time/clock';
import { describeXError } from '../../shared/x/errors';
import { RECENT_SEARCH_QUERY_LIMIT, queryLength } from '../../shared/search/support-query';
import {
  VolumeCountsSchema,
  type VolumeAnswer,
  type VolumeCounts,
} from '../../shared/spend/volume-schema';
import type { Logger } from '../platform/logger';
import { createJsonFile } from '../store/json-file';
import { createAccountClients } from '../x/client-factory';
import { utcDay } from '../x/costs';
import type { CostTracker, RateLimitTracker } from '../x/trackers';
import { createCallRunner, parse } from '../x/x-call';

/** The cost ledger's name for what the developer app itself is billed (app-only calls). */
export const APP_ACCOUNT_ID = 'app';

const RawCounts = z.object({
  data: z
    .array(z.object({ start: z.string(), end: z.string(), tweet_count: z.number().int().min(0) }))
    .default([]),
  meta: z.object({ total_tweet_count: z.number().int().min(0) }),
});

const CacheFileSchema = z.record(z.string(), VolumeCountsSchema);

/**
 * How many posts a search query matched over the last 7 days (X's counts/recent, one request,
 * $0.005, with the app's bearer token), for the column form's cost preview. Each query is
 * counted at most once a UTC day: the answer is kept (on disk, so a restart does not pay again)
 * and given back for the rest of the day. Refuses, at no cost, without a token, at the spend
 * cap, and for a query X would refuse for its length.
 */
export function createVolumeService(deps: {
  clock: Clock;
  log: Logger;
  costs: CostTracker;
  rateLimits: RateLimitTracker;
  file: string;
  bearerToken(): string | null;
  apiBaseUrl(): string;
  capReached(): boolean;
  /** The most posts one poll of a column reads (pages × page size). */
  maxPostsPerPoll: number;
}) {
  const json = createJsonFile({
    file: deps.file,
    schema: CacheFileSchema,
    clock: deps.clock,
    log: deps.log,
    delayMs: 500,
  });
  let cache: Record<string, VolumeCounts> = json.load() ?? {};
  const inFlight = new Map<string, Promise<VolumeAnswer>>();

  const keep = (counts: VolumeCounts) => {
    // Only today's counts are worth keeping: tomorrow each query is counted afresh.
    cache = Object.fromEntries(
      Object.entries({ ...cache, [counts.query]: counts }).filter(([, c]) => c.day === counts.day),
    );
    json.schedule(() => cache);
  };

  // The app's one bearer client, replaced when the user pastes a new token.
  const appClients = createAccountClients({
    accountId: APP_ACCOUNT_ID,
    baseUrl: deps.apiBaseUrl,
    clock: deps.clock,
    rateLimits: deps.rateLimits,
  });

  async function count(query: string, token: string): Promise<VolumeAnswer> {
    const run = createCallRunner({
      twitter: appClients,
      accountId: APP_ACCOUNT_ID,
      getAccessToken: async () => token,
      clock: deps.clock,
      rateLimits: deps.rateLimits,
      costs: deps.costs,
      isOwnedRead: () => false,
    });
    const result = await run({
      endpoint: 'countsRecent',
      send: (v2) => v2.tweetCountRecent(query, { granularity: 'day' }),
      read: (body) => parse(RawCounts, body),
    });
    if (!result.ok) {
      return {
        state: 'refused',
        message:
          result.error.kind === 'auth'
            ? 'X did not accept the app bearer token: copy it again from the developer console.'
            : describeXError(result.error, deps.clock.now()),
      };
    }
    const counts: VolumeCounts = {
      query,
      day: utcDay(deps.clock.now()),
      total: result.value.meta.total_tweet_count,
      buckets: result.value.data.map((b) => ({ start: b.start, end: b.end, count: b.tweet_count })),
      maxPostsPerPoll: deps.maxPostsPerPoll,
    };
    keep(counts);
    return { state: 'counted', counts, cached: false };
  }

  async function volume({ query: raw }: { query: string }): Promise<VolumeAnswer> {
    const query = raw.trim();
    if (query === '') return { state: 'refused', message: 'Write a query to see its volume.' };
    if (queryLength(query) > RECENT_SEARCH_QUERY_LIMIT) {
      return {
        state: 'refused',
        message: `X counts queries of at most ${RECENT_SEARCH_QUERY_LIMIT} characters; this one has ${queryLength(query)}.`,
      };
    }
    const token = deps.bearerToken();
    if (token === null) return { state: 'no-token' };
    const cached = cache[query];
    if (cached && cached.day === utcDay(deps.clock.now()))
      return { state: 'counted', counts: cached, cached: true };
    if (deps.capReached()) {
      return {
        state: 'refused',
        message:
          'The monthly spend cap is reached: Timedeck makes no billed request, counts included.',
      };
    }
    // Two asks for one query while the first is on its way make one request.
    const pending = inFlight.get(query);
    if (pending) return pending;
    const p = count(query, token).finally(() => inFlight.delete(query));
    inFlight.set(query, p);
    return p;
  }

  return {
    volume,
    flush: () => json.flush(),
    /** How many bearer clients were built: one per token, not one per count. */
    clientsBuilt: () => appClients.built(),
  };
}
