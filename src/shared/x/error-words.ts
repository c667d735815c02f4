import type { XError } from './errors';

// An X error in the user's words, apart from the zod schemas so that the renderer bundles no zod.

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
