import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { describeXError, type XError, type XErrorKind } from '../../shared/x/errors';
import { WINDOW_MS, windowFromHeaders, type Headers } from './rate-limits';

/**
 * Turns whatever a call to X ended with into an XError. The pure part, `classifyHttpFailure`,
 * reads an HTTP answer (status, X's body, headers); `toXError` adapts twitter-api-v2's errors
 * to it. Nothing thrown by a call escapes the X client untyped.
 */

export interface HttpFailure {
  status: number;
  /** X's error body: a problem ({title, detail, type}) or a list ({errors: [...]}), or junk. */
  body: unknown;
  headers: Headers;
}

export interface ErrorContext {
  endpoint: string;
  now: number;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/** X's own words: the specific messages of `errors[]` first, then the problem's detail. */
export function xMessageOf(body: unknown): string | undefined {
  const b = record(body);
  const listed = Array.isArray(b.errors)
    ? b.errors.map((e) => text(record(e).message) ?? text(record(e).detail)).filter(Boolean)
    : [];
  if (listed.length) return listed.join(' ');
  return text(b.detail) ?? text(b.title) ?? text(b.error);
}

/** Everything in the body that names the cause, to match on. */
function causeText(body: unknown): string {
  const b = record(body);
  const errors = Array.isArray(b.errors) ? b.errors.map(record) : [];
  return [b, ...errors]
    .flatMap((o) => [o.type, o.title, o.detail, o.reason, o.message, o.error])
    .filter((v): v is string => typeof v === 'string')
    .join(' ')
    .toLowerCase();
}

// X's 2026 answers to a reply its author did not summon, and to a self-serve like or quote.
const NOT_SUMMONED = /summon|not been mentioned|mentioned or otherwise engaged/;
const NOT_ON_TIER =
  /client-not-enrolled|self-serve|not available (on|for|to) (your|this) (access )?(tier|plan)|enterprise access/;
const USAGE_CAPPED = /usage-capped|usage cap|credits|spend(ing)? (limit|cap)/;

function kindOf(status: number, cause: string): XErrorKind {
  if (status === 401) return 'auth';
  if (status === 402) return 'payment_required';
  if (status === 429) return USAGE_CAPPED.test(cause) ? 'payment_required' : 'rate_limited';
  if (status === 403) {
    if (NOT_SUMMONED.test(cause)) return 'not_summoned';
    if (NOT_ON_TIER.test(cause)) return 'not_available_on_tier';
    return 'forbidden';
  }
  if (status === 404 || status === 410) return 'not_found';
  if (status === 400 || status === 422) return 'invalid_query';
  return 'unavailable';
}

export function makeXError(
  kind: XErrorKind,
  ctx: ErrorContext,
  extra: Partial<Omit<XError, 'kind' | 'message' | 'endpoint'>> = {},
): XError {
  const e = { kind, endpoint: ctx.endpoint, ...extra };
  return { ...e, message: describeXError(e, ctx.now) };
}

export function classifyHttpFailure(f: HttpFailure, ctx: ErrorContext): XError {
  const kind = kindOf(f.status, causeText(f.body));
  const xMessage = xMessageOf(f.body);
  const extra: Partial<XError> = { status: f.status, ...(xMessage ? { xMessage } : {}) };
  if (kind === 'rate_limited') {
    extra.resetAt = windowFromHeaders(f.headers, ctx.now)?.resetAt ?? ctx.now + WINDOW_MS;
  }
  return makeXError(kind, ctx, extra);
}

/** Thrown by the X client when the accounts layer could not give it a token. */
export class NoAccessToken extends Error {
  constructor(readonly reason: unknown) {
    super('No access token for this account');
    this.name = 'NoAccessToken';
  }
}

/** Thrown by the X client when X answered 2xx with a body it cannot read. */
export class UnreadableAnswer extends Error {
  constructor(readonly detail: string) {
    super(`X answered something Timedeck cannot read: ${detail}`);
    this.name = 'UnreadableAnswer';
  }
}

/** Carries an XError decided while reading a 2xx answer (a deleted post, say) to the caller. */
export class XFailure extends Error {
  constructor(readonly error: XError) {
    super(error.message);
    this.name = 'XFailure';
  }
}

export function toXError(e: unknown, ctx: ErrorContext): XError {
  if (e instanceof XFailure) return e.error;
  if (e instanceof ApiResponseError) {
    return classifyHttpFailure({ status: e.code, body: e.data, headers: e.headers }, ctx);
  }
  // A refused connection, a reset, a timeout, or a body cut off half way: X was not reached.
  if (e instanceof ApiRequestError || e instanceof ApiPartialResponseError) {
    return makeXError('network', ctx);
  }
  if (e instanceof NoAccessToken) return makeXError('auth', ctx);
  if (e instanceof UnreadableAnswer) return makeXError('unavailable', ctx, { xMessage: e.detail });
  return makeXError('unavailable', ctx, { xMessage: e instanceof Error ? e.message : String(e) });
}
