import { z } from 'zod';
import { RateWindowSchema } from './rate-limit';

export { describeXError } from './error-words';

/**
 * Every way a call to X can fail, in the words the user will read. Kinds follow what the user
 * can do about it, not X's status codes: 'auth' means sign in again, 'rate_limited' means wait,
 * 'payment_required' means top up credits, and so on.
 */
export const X_ERROR_KINDS = [
  'auth', // the token is expired, revoked or missing
  'forbidden', // signed in, but X won't let this account do this
  'not_summoned', // a reply to an author who did not mention (summon) the account
  'not_available_on_tier', // gone from self-serve API access (likes, quote posts, follows)
  'not_found', // the post, user or list is gone or hidden
  'rate_limited', // too many calls in X's window; resetAt says when it opens again
  'invalid_query', // X rejected the request's parameters (a search query, usually)
  'payment_required', // out of API credits, or the spending limit is reached
  'unavailable', // X is down, overloaded, or answered something Timedeck cannot read
  'network', // X could not be reached at all
] as const;

export const XErrorKindSchema = z.enum(X_ERROR_KINDS);
export type XErrorKind = z.infer<typeof XErrorKindSchema>;

export const XErrorSchema = z.object({
  kind: XErrorKindSchema,
  /** Plain words for the user, written when the error happened. */
  message: z.string(),
  /** X's own text (its `detail`), shown beside ours where it helps, e.g. a bad search. */
  xMessage: z.string().optional(),
  /** When X will accept calls again (ms since epoch), for rate_limited. */
  resetAt: z.number().optional(),
  status: z.number().int().optional(),
  /** Which Timedeck endpoint key failed (see src/main/x/endpoints.ts). */
  endpoint: z.string().optional(),
});
export type XError = z.infer<typeof XErrorSchema>;

export type XResult<T> =
  | { ok: true; value: T; rateLimit?: z.infer<typeof RateWindowSchema> }
  | { ok: false; error: XError };
