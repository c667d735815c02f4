import { z } from 'zod';

/** What X last told us about one endpoint's window for one account. */
export const RateWindowSchema = z.object({
  /** Calls allowed in the window. */
  limit: z.number().int().min(0),
  /** Calls left in the window. */
  remaining: z.number().int().min(0),
  /** When the window resets (ms since epoch). */
  resetAt: z.number(),
  /** When we learnt this (ms since epoch). */
  observedAt: z.number(),
});
export type RateWindow = z.infer<typeof RateWindowSchema>;

/** One row of the rate-limit view, as the UI lists them. */
export const RateLimitEntrySchema = RateWindowSchema.extend({
  accountId: z.string(),
  endpoint: z.string(),
});
export type RateLimitEntry = z.infer<typeof RateLimitEntrySchema>;
