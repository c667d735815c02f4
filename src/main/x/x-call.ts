import type { TwitterApiv2 } from 'twitter-api-v2';
import type { z } from 'zod';
import type { XResult } from '../../shared/x/errors';
import type { WriteKind } from '../../shared/x/spend';
import type { Clock } from '../../shared/time/clock';
import type { ReadEvent } from './costs';
import type { TwitterClients } from './client-factory';
import { ENDPOINTS, type EndpointKey } from './endpoints';
import { NoAccessToken, UnreadableAnswer, XFailure, makeXError, toXError } from './error-mapping';
import type { CostTracker, RateLimitTracker } from './trackers';
import type { RawPartialError } from './x-raw';

/**
 * One call to X, start to finish: refuse locally while X's window is empty, get a token and
 * the client for it, send through a typed twitter-api-v2 method, read the answer, record what
 * X bills, and turn any failure into an XError. (The client's plugin records the rate-limit
 * headers of every answer: see client-factory.ts.) The X client's methods only describe their
 * calls.
 */

export interface Call<T> {
  endpoint: EndpointKey;
  /** The user id in the path (`users/:id/...`), which decides whether a read is owned. */
  pathUserId?: string;
  /** Sends the request with a typed method and gives back X's answer body. */
  send(v2: TwitterApiv2): Promise<unknown>;
  /** Reads X's answer; throws XFailure for a partial error in a 200 (a deleted post). */
  read(body: unknown): T;
  /** The resources X bills for this answer. */
  billed?(value: T): ReadEvent['resources'];
  /** The write X bills, where the endpoint table can't tell (a post: with a link or not). */
  write?: WriteKind;
  /** The post a write created (its id in X's answer), kept with the write's spend record. */
  created?(value: T): string;
}

type Target = Pick<Call<unknown>, 'endpoint' | 'pathUserId' | 'write'>;

export interface CallContext {
  /** The account's client for the current token (see createTwitterClients). */
  twitter: Pick<TwitterClients, 'forToken'>;
  accountId: string;
  getAccessToken(): Promise<string>;
  clock: Pick<Clock, 'now'>;
  rateLimits: RateLimitTracker;
  costs: CostTracker;
  /** Whether this call's resources are billed as owned reads. */
  isOwnedRead(call: Target): boolean;
}

/** Parses X's answer, or throws UnreadableAnswer naming the first thing wrong with it. */
export function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const r = schema.safeParse(body);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new UnreadableAnswer(`${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return r.data;
}

/** X's partial-error types that mean "not there" rather than "not yours". */
const GONE = /resource-not-found|not-found/;

/** The failure of a lookup that X answered 200 with only an errors array. */
export function lookupFailure(
  errors: ReadonlyArray<RawPartialError> | undefined,
  endpoint: EndpointKey,
  now: number,
): XFailure {
  const first = errors?.[0];
  const kind = first?.type && !GONE.test(first.type) ? 'forbidden' : 'not_found';
  const detail = first?.detail ? { xMessage: first.detail } : {};
  return new XFailure(makeXError(kind, { endpoint, now }, { status: 200, ...detail }));
}

function writeOf(call: Target): WriteKind | undefined {
  if (call.write) return call.write;
  const billing = ENDPOINTS[call.endpoint].billing;
  return billing.kind === 'write' && billing.write !== 'byPostContent' ? billing.write : undefined;
}

export function createCallRunner(c: CallContext) {
  const { accountId, clock, rateLimits, costs } = c;

  return async function run<T>(call: Call<T>): Promise<XResult<T>> {
    const { endpoint } = call;
    const startedAt = clock.now();
    if (!rateLimits.canCall(accountId, endpoint, startedAt)) {
      const resetAt = rateLimits.resetAt(accountId, endpoint, startedAt);
      const error = makeXError('rate_limited', { endpoint, now: startedAt }, { resetAt });
      return { ok: false, error };
    }
    try {
      const token = await c.getAccessToken().catch((e: unknown) => {
        throw new NoAccessToken(e);
      });
      const body = await call.send(c.twitter.forToken(token).v2);
      const now = clock.now();
      const value = call.read(body);
      const resources = call.billed?.(value) ?? [];
      if (resources.length) {
        costs.recordRead({ accountId, at: now, owned: c.isOwnedRead(call), resources });
      }
      const write = writeOf(call);
      if (write) {
        const postId = call.created?.(value);
        costs.recordWrite({ accountId, at: now, write, ...(postId ? { postId } : {}) });
      }
      const rateLimit = rateLimits.window(accountId, endpoint, now);
      return rateLimit ? { ok: true, value, rateLimit } : { ok: true, value };
    } catch (e) {
      const now = clock.now();
      return { ok: false, error: toXError(e, { endpoint, now }) };
    }
  };
}
