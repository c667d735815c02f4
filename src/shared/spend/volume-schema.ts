import { z } from 'zod';

/** The shapes of a volume preview, apart from its arithmetic (volume.ts) so the renderer can use that without zod. */

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
