/**
 * X's documented rate limits for the endpoints the simulator serves, and the fixed-window
 * arithmetic behind x-rate-limit-* headers and 429s. Pure: state in, state out.
 */
const MIN15 = 15 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

export interface Window {
  limit: number;
  windowMs: number;
}

export interface EndpointLimits {
  /** With a user's token (OAuth 2.0 user context), per user and app. */
  perUser: Window[];
  /** With an app-only bearer token. */
  perApp: Window[];
  /** A cap shared by every user of the app (X lists these under "Per App" too). */
  appShared?: Window[];
}

const w = (limit: number, windowMs = MIN15): Window => ({ limit, windowMs });

/** From X's rate-limit tables (x-api_fundamentals_rate-limits.mdx). */
export const RATE_LIMITS: Record<string, EndpointLimits> = {
  'GET /2/users/me': { perUser: [w(75)], perApp: [] },
  'GET /2/users/:id': { perUser: [w(900)], perApp: [w(300)] },
  'GET /2/users/by/username/:username': { perUser: [w(900)], perApp: [w(300)] },
  'GET /2/tweets/search/recent': { perUser: [w(300)], perApp: [w(450)] },
  'GET /2/tweets/counts/recent': { perUser: [], perApp: [w(300)] },
  'GET /2/users/:id/mentions': { perUser: [w(300)], perApp: [w(450)] },
  'GET /2/users/:id/tweets': { perUser: [w(900)], perApp: [w(10000)] },
  'GET /2/users/:id/timelines/reverse_chronological': { perUser: [w(180)], perApp: [] },
  'GET /2/lists/:id/tweets': { perUser: [w(900)], perApp: [w(900)] },
  'GET /2/users/:id/owned_lists': { perUser: [w(15)], perApp: [w(15)] },
  'GET /2/tweets/:id': { perUser: [w(900)], perApp: [w(450)] },
  'POST /2/tweets': { perUser: [w(100)], perApp: [], appShared: [w(10000, DAY)] },
  'DELETE /2/tweets/:id': { perUser: [w(50)], perApp: [] },
  'POST /2/users/:id/retweets': { perUser: [w(50)], perApp: [] },
  'DELETE /2/users/:id/retweets/:source_tweet_id': { perUser: [w(50)], perApp: [] },
  'POST /2/users/:id/likes': { perUser: [w(50), w(1000, DAY)], perApp: [] },
  'DELETE /2/users/:id/likes/:tweet_id': { perUser: [w(50), w(1000, DAY)], perApp: [] },
};

export interface WindowState {
  start: number;
  used: number;
}

export interface WindowReading {
  state: WindowState;
  remaining: number;
  /** When the window resets, in ms. */
  resetAt: number;
}

/** The window as it stands at `now`: a new one starts at the first request after the last ends. */
export function current(state: WindowState | undefined, now: number, window: Window): WindowState {
  if (!state || now >= state.start + window.windowMs || now < state.start)
    return { start: now, used: 0 };
  return state;
}

export function read(state: WindowState, window: Window): WindowReading {
  return {
    state,
    remaining: Math.max(0, window.limit - state.used),
    resetAt: state.start + window.windowMs,
  };
}

/**
 * Takes one request from every window, or none if any window is spent. Returns the new states and
 * whether the request may go ahead.
 */
export function take(
  states: Array<WindowState | undefined>,
  windows: Window[],
  now: number,
): { allowed: boolean; readings: WindowReading[] } {
  const fresh = windows.map((win, i) => current(states[i], now, win));
  const allowed = fresh.every((s, i) => s.used < windows[i]!.limit);
  const next = allowed ? fresh.map((s) => ({ ...s, used: s.used + 1 })) : fresh;
  return { allowed, readings: next.map((s, i) => read(s, windows[i]!)) };
}

/** x-rate-limit-reset and its 24-hour siblings are whole Unix seconds. */
export function resetSeconds(resetAt: number): number {
  return Math.ceil(resetAt / 1000);
}

export const isDayWindow = (window: Window) => window.windowMs >= DAY;
