import type { RateLimitEntry, RateWindow } from '../../shared/x/rate-limit';

/**
 * Rate-limit state per account and endpoint, kept from X's x-rate-limit-* headers and its
 * 24-hour caps (x-user-limit-24hour-*, x-app-limit-24hour-*). Pure: every
 * function takes the state and the time and returns an answer or a new state.
 *
 * We keep our own rather than twitter-api-v2's rate-limit plugin, which keys on
 * api.twitter.com URLs and so never matches what X answers from api.x.com (or the simulator).
 */

export const WINDOW_MS = 15 * 60_000;

export type RateLimitState = Readonly<Record<string, RateWindow>>;

export const EMPTY_RATE_LIMITS: RateLimitState = {};

const SEP = '\u0000';
const keyOf = (accountId: string, endpoint: string) => `${accountId}${SEP}${endpoint}`;

export type Headers = Record<string, string | string[] | number | undefined>;

export interface RateObservation {
  accountId: string;
  endpoint: string;
  now: number;
  /** HTTP status of the answer; a 429 empties the window whatever the headers say. */
  status: number;
  headers: Headers;
}

function header(headers: Headers, name: string): number | undefined {
  const raw = headers[name] ?? headers[name.toLowerCase()];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * X's windows, by header prefix: the 15-minute one every endpoint has, and the 24-hour caps
 * some endpoints (and apps on capped plans) add, per user and per app.
 */
export const WINDOW_HEADER_PREFIXES = [
  'x-rate-limit',
  'x-user-limit-24hour',
  'x-app-limit-24hour',
] as const;

/** Every window the headers describe completely. */
export function windowsFromHeaders(headers: Headers, now: number): RateWindow[] {
  return WINDOW_HEADER_PREFIXES.flatMap((prefix) => {
    const limit = header(headers, `${prefix}-limit`);
    const remaining = header(headers, `${prefix}-remaining`);
    const reset = header(headers, `${prefix}-reset`);
    if (limit === undefined || remaining === undefined || reset === undefined) return [];
    return [
      {
        limit: Math.floor(limit),
        remaining: Math.floor(remaining),
        resetAt: reset * 1000, // X sends epoch seconds
        observedAt: now,
      },
    ];
  });
}

/**
 * The window that binds, of those the headers describe: the one with the fewest calls left,
 * and of those equally spent, the one that resets last. So a spent 24-hour cap is waited out
 * to its reset, not retried every time the 15-minute window opens again.
 */
export function windowFromHeaders(headers: Headers, now: number): RateWindow | undefined {
  return windowsFromHeaders(headers, now).reduce<RateWindow | undefined>(
    (binding, w) =>
      !binding ||
      w.remaining < binding.remaining ||
      (w.remaining === binding.remaining && w.resetAt > binding.resetAt)
        ? w
        : binding,
    undefined,
  );
}

/** Takes one answer from X into the state. */
export function observeRateLimit(state: RateLimitState, o: RateObservation): RateLimitState {
  const key = keyOf(o.accountId, o.endpoint);
  const previous = state[key];
  const fromHeaders = windowFromHeaders(o.headers, o.now);
  let next: RateWindow | undefined = fromHeaders;

  if (o.status === 429) {
    // The binding window's reset (a spent daily cap's, when X says one is); without a reset
    // header, the rest of X's 15-minute window, or what we knew.
    const knownReset = previous && previous.resetAt > o.now ? previous.resetAt : undefined;
    next = {
      limit: fromHeaders?.limit ?? previous?.limit ?? 0,
      remaining: 0,
      resetAt: fromHeaders?.resetAt ?? knownReset ?? o.now + WINDOW_MS,
      observedAt: o.now,
    };
  }
  if (!next) return state;

  // Concurrent calls can answer out of order: within one window, the lowest count is the latest.
  if (previous && previous.resetAt === next.resetAt && previous.remaining < next.remaining) {
    next = { ...next, remaining: previous.remaining };
  }
  return { ...state, [key]: next };
}

/** The window as it stands at `now`; undefined when unknown or already reset. */
export function currentWindow(
  state: RateLimitState,
  accountId: string,
  endpoint: string,
  now: number,
): RateWindow | undefined {
  const w = state[keyOf(accountId, endpoint)];
  return w && now < w.resetAt ? w : undefined;
}

/** Whether a call now would be within the limit as far as X has told us. */
export function canCall(
  state: RateLimitState,
  accountId: string,
  endpoint: string,
  now: number,
): boolean {
  const w = currentWindow(state, accountId, endpoint, now);
  return !w || w.remaining > 0;
}

/** When a refused endpoint opens again; undefined if it is open now. */
export function resetAt(
  state: RateLimitState,
  accountId: string,
  endpoint: string,
  now: number,
): number | undefined {
  return canCall(state, accountId, endpoint, now)
    ? undefined
    : state[keyOf(accountId, endpoint)]?.resetAt;
}

/** Every known window, for the UI's list. */
export function rateLimitEntries(state: RateLimitState): RateLimitEntry[] {
  return Object.entries(state).map(([key, w]) => {
    const [accountId = '', endpoint = ''] = key.split(SEP);
    return { accountId, endpoint, ...w };
  });
}

/**
 * The shortest interval at which `calls` timers, each calling one endpoint periodically, can
 * keep going forever within `limit` calls per window, keeping `reserve` calls of each window
 * free (for a user's "load more"). Infinity when the limit leaves nothing for the timers.
 *
 * X's windows don't line up with our timers, so each timer gets a whole share of the window:
 * a timer firing every window/q lands exactly q times in any window, whatever its phase,
 * whereas window*calls/limit would let each timer round up once and overshoot.
 */
export function minSustainableIntervalMs(o: {
  calls: number;
  limit: number;
  windowMs?: number;
  reserve?: number;
}): number {
  const windowMs = o.windowMs ?? WINDOW_MS;
  if (o.calls <= 0) return 0;
  const share = Math.floor((o.limit - (o.reserve ?? 0)) / o.calls);
  return share >= 1 ? Math.ceil(windowMs / share) : Infinity;
}
