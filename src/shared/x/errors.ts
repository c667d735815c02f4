import { z } from 'zod';
import { RateWindowSchema } from './rate-limit';

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

const MINUTE = 60_000;

function waitWords(resetAt: number | undefined, now: number | undefined): string {
  if (resetAt === undefined || now === undefined)
    return 'Timedeck will try again in a few minutes.';
  const minutes = Math.ceil((resetAt - now) / MINUTE);
  if (minutes <= 0) return 'It can try again now.';
  if (minutes === 1) return 'Timedeck will try again in about a minute.';
  return `Timedeck will try again in about ${minutes} minutes.`;
}

/**
 * The sentence the UI shows for an error. `now` lets a rate-limit message count down; without
 * it the wait is described loosely.
 */
export function describeXError(
  e: Pick<XError, 'kind' | 'xMessage' | 'resetAt'>,
  now?: number,
): string {
  switch (e.kind) {
    case 'auth':
      return 'X no longer accepts this account’s sign-in. Sign in to X again.';
    case 'forbidden':
      return 'X doesn’t allow this account to do that.';
    case 'not_summoned':
      return 'X only lets apps reply when the author has mentioned this account. Reply on x.com instead.';
    case 'not_available_on_tier':
      return 'X no longer offers this to apps on your API plan. Use x.com for it.';
    case 'not_found':
      return 'That post or account no longer exists, or is hidden from you.';
    case 'rate_limited':
      return `X asked Timedeck to slow down. ${waitWords(e.resetAt, now)}`;
    case 'invalid_query':
      return e.xMessage ? `X didn’t accept this: ${e.xMessage}` : 'X didn’t accept this request.';
    case 'payment_required':
      return 'Your X API credits have run out or your spending limit is reached. Add credits in X’s Developer Console.';
    case 'unavailable':
      return 'X is having trouble right now. Timedeck will try again.';
    case 'network':
      return 'Timedeck can’t reach X. Check your internet connection.';
  }
}
