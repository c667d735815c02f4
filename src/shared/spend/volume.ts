import { z } from 'zod';
import { DEFAULT_PRICES, type PriceTable } from '../x/prices';

/**
 * What a search column will cost, from X's count of the posts its query matched over the last
 * seven days (GET /2/tweets/counts/recent, granularity=day).
 *
 * The estimate, and why the interval hardly matters:
 * - X bills a read per post returned, once per developer app and UTC day (docs: Pricing,
 *   Deduplication), and a column polls with since_id, so each matching post is returned — and
 *   billed — once, on the first poll after it appears. An empty poll returns no post and costs
 *   nothing. So posts read a day ≈ posts matched a day, at the post-read price.
 * - The interval enters only as a ceiling: a poll reads at most `maxPostsPerPoll` (pages × page
 *   size), so a column polled rarely for a very busy query reads at most
 *   polls a day × maxPostsPerPoll and misses the rest (which then costs nothing either).
 * - A month is 30 days of that. Authors (user reads) are not billed for a column's pages, and
 *   posts another column already read that day are free: the estimate is an upper bound of the
 *   reads, not a floor.
 */

export const CountBucketSchema = z.object({
  /** ISO instants, as X answers. */
  start: z.string(),
  end: z.string(),
  count: z.number().int().min(0),
});
export type CountBucket = z.infer<typeof CountBucketSchema>;

/** What one counts/recent answer says about a query: kept a UTC day per query. */
export const VolumeCountsSchema = z.object({
  query: z.string(),
  /** UTC day the count was asked for; the cache answers only on that day. */
  day: z.string(),
  total: z.number().int().min(0),
  buckets: z.array(CountBucketSchema),
  /** The most a column's poll reads (main's page size × pages): the interval's ceiling. */
  maxPostsPerPoll: z.number().int().min(1),
});
export type VolumeCounts = z.infer<typeof VolumeCountsSchema>;

export interface VolumeEstimate {
  weekTotal: number;
  /** Matched posts a day, over the window the buckets cover. */
  perDay: number;
  /** Posts the column would read a day at its interval (≤ perDay). */
  readsPerDay: number;
  dollarsPerDay: number;
  dollarsPerMonth: number;
}

const DAY_MS = 86_400_000;
export const MONTH_DAYS = 30;

/** Days the buckets cover (7 for X's default window), never less than one. */
export function windowDays(buckets: readonly CountBucket[]): number {
  if (buckets.length === 0) return 7;
  const start = Math.min(...buckets.map((b) => Date.parse(b.start)));
  const end = Math.max(...buckets.map((b) => Date.parse(b.end)));
  const days = (end - start) / DAY_MS;
  return Number.isFinite(days) && days >= 1 ? days : 1;
}

export function estimateVolume(
  counts: Pick<VolumeCounts, 'total' | 'buckets' | 'maxPostsPerPoll'>,
  intervalMs: number,
  prices: PriceTable = DEFAULT_PRICES,
): VolumeEstimate {
  const perDay = counts.total / windowDays(counts.buckets);
  const pollsPerDay = Number.isFinite(intervalMs) && intervalMs > 0 ? DAY_MS / intervalMs : 0;
  const readsPerDay = Math.min(perDay, pollsPerDay * counts.maxPostsPerPoll);
  const dollarsPerDay = readsPerDay * prices.postRead;
  return {
    weekTotal: counts.total,
    perDay,
    readsPerDay,
    dollarsPerDay,
    dollarsPerMonth: dollarsPerDay * MONTH_DAYS,
  };
}

const whole = (n: number) => Math.round(n).toLocaleString('en-US');
const money = (x: number) =>
  x >= 10 ? `$${Math.round(x).toLocaleString('en-US')}` : `$${x.toFixed(2)}`;

/** "About 1,240 posts matched last week (≈ 177 a day). At this column's interval …" */
export function volumeWords(e: VolumeEstimate): string {
  const matched = `About ${whole(e.weekTotal)} ${e.weekTotal === 1 ? 'post' : 'posts'} matched last week (≈ ${whole(e.perDay)} a day).`;
  const capped =
    e.readsPerDay < e.perDay
      ? ` At this column's interval it reads at most ≈ ${whole(e.readsPerDay)} a day.`
      : '';
  return `${matched}${capped} At this column's interval that is ≈ ${money(e.dollarsPerDay)} a day, ${money(e.dollarsPerMonth)} a month.`;
}

/** What main answers when the form asks for a query's volume. Never a guessed figure. */
export const VolumeAnswerSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('counted'),
    counts: VolumeCountsSchema,
    /** Answered from today's earlier count of the same query: no request, nothing billed. */
    cached: z.boolean(),
  }),
  /** No app bearer token: X's counts need one. */
  z.object({ state: z.literal('no-token') }),
  /** Not counted, and why (bad query, the spend cap, X refused or could not be reached). */
  z.object({ state: z.literal('refused'), message: z.string() }),
]);
export type VolumeAnswer = z.infer<typeof VolumeAnswerSchema>;

export const VolumeRequestSchema = z.object({ query: z.string().max(4096) }).strict();
