import { describe, expect, it } from 'vitest';
import {
  EMPTY_RATE_LIMITS,
  WINDOW_MS,
  canCall,
  currentWindow,
  minSustainableIntervalMs,
  observeRateLimit,
  rateLimitEntries,
  resetAt,
  type RateLimitState,
  type RateObservation,
} from '../../../../src/main/x/rate-limits';

const T0 = Date.UTC(2026, 5, 1, 12, 0, 0);
const resetSec = (ms: number) => String(Math.floor(ms / 1000));

const headers = (limit: number, remaining: number, resetMs: number) => ({
  'x-rate-limit-limit': String(limit),
  'x-rate-limit-remaining': String(remaining),
  'x-rate-limit-reset': resetSec(resetMs),
});

const obs = (o: Partial<RateObservation>): RateObservation => ({
  accountId: 'brand',
  endpoint: 'searchRecent',
  now: T0,
  status: 200,
  headers: {},
  ...o,
});

const apply = (...os: Partial<RateObservation>[]): RateLimitState =>
  os.reduce((s, o) => observeRateLimit(s, obs(o)), EMPTY_RATE_LIMITS);

describe('rate-limit state from X headers', () => {
  it('reads limit, remaining and reset (epoch seconds) into a window', () => {
    const s = apply({ headers: headers(300, 297, T0 + 600_000) });
    expect(currentWindow(s, 'brand', 'searchRecent', T0)).toEqual({
      limit: 300,
      remaining: 297,
      resetAt: T0 + 600_000,
      observedAt: T0,
    });
  });

  it.each([
    ['no headers', {}],
    ['a missing reset', { 'x-rate-limit-limit': '300', 'x-rate-limit-remaining': '3' }],
    ['a non-number', { ...headers(300, 3, T0 + 1000), 'x-rate-limit-remaining': 'lots' }],
  ])('ignores an answer with %s', (_, h) => {
    expect(apply({ headers: h })).toEqual(EMPTY_RATE_LIMITS);
  });

  it('accepts header values given as arrays, as Node may', () => {
    const s = apply({
      headers: {
        'x-rate-limit-limit': ['180'],
        'x-rate-limit-remaining': ['0'],
        'x-rate-limit-reset': [resetSec(T0 + 60_000)],
      },
    });
    expect(canCall(s, 'brand', 'searchRecent', T0)).toBe(false);
  });

  it('keeps accounts and endpoints apart', () => {
    const s = apply(
      { headers: headers(300, 0, T0 + 60_000) },
      { accountId: 'personal', headers: headers(300, 10, T0 + 60_000) },
      { endpoint: 'mentions', headers: headers(300, 5, T0 + 60_000) },
    );
    expect(canCall(s, 'brand', 'searchRecent', T0)).toBe(false);
    expect(canCall(s, 'personal', 'searchRecent', T0)).toBe(true);
    expect(canCall(s, 'brand', 'mentions', T0)).toBe(true);
    expect(rateLimitEntries(s).map((e) => [e.accountId, e.endpoint, e.remaining])).toEqual([
      ['brand', 'searchRecent', 0],
      ['personal', 'searchRecent', 10],
      ['brand', 'mentions', 5],
    ]);
  });

  it('keeps the lowest remaining count when answers of one window arrive out of order', () => {
    const reset = T0 + 600_000;
    const s = apply({ headers: headers(300, 10, reset) }, { headers: headers(300, 12, reset) });
    expect(currentWindow(s, 'brand', 'searchRecent', T0)?.remaining).toBe(10);
  });

  it('takes a new window as it comes, even with more calls left', () => {
    const s = apply(
      { headers: headers(300, 0, T0 + 1000) },
      { now: T0 + 2000, headers: headers(300, 299, T0 + 2000 + WINDOW_MS) },
    );
    expect(currentWindow(s, 'brand', 'searchRecent', T0 + 2000)?.remaining).toBe(299);
  });
});

describe('429s', () => {
  it('closes the endpoint until the reset header, whatever remaining says', () => {
    const s = apply({ status: 429, headers: headers(300, 3, T0 + 120_000) });
    expect(canCall(s, 'brand', 'searchRecent', T0 + 119_999)).toBe(false);
    expect(resetAt(s, 'brand', 'searchRecent', T0)).toBe(T0 + 120_000);
    expect(canCall(s, 'brand', 'searchRecent', T0 + 120_000)).toBe(true);
  });

  it('without headers, keeps a known reset still ahead', () => {
    const s = apply(
      { headers: headers(300, 2, T0 + 300_000) },
      { now: T0 + 1000, status: 429, headers: {} },
    );
    expect(resetAt(s, 'brand', 'searchRecent', T0 + 1000)).toBe(T0 + 300_000);
    expect(currentWindow(s, 'brand', 'searchRecent', T0 + 1000)?.limit).toBe(300);
  });

  it('without headers or a known window, waits out a whole 15-minute window', () => {
    const s = apply({ status: 429, headers: {} });
    expect(resetAt(s, 'brand', 'searchRecent', T0)).toBe(T0 + WINDOW_MS);
  });
});

describe('canCall and resetAt', () => {
  const s = apply({ headers: headers(300, 0, T0 + 60_000) });

  it.each([
    ['an endpoint never called', 'brand', 'homeTimeline', T0, true, undefined],
    ['an empty window', 'brand', 'searchRecent', T0, false, T0 + 60_000],
    ['a window that has since reset', 'brand', 'searchRecent', T0 + 60_000, true, undefined],
  ])('%s', (_, account, endpoint, now, allowed, reset) => {
    expect(canCall(s, account, endpoint, now)).toBe(allowed);
    expect(resetAt(s, account, endpoint, now)).toBe(reset);
  });

  it('forgets a window once it has reset', () => {
    expect(currentWindow(s, 'brand', 'searchRecent', T0 + 60_000)).toBeUndefined();
  });
});

describe('the minimum sustainable polling interval', () => {
  it.each([
    // calls, limit, reserve, expected interval
    [1, 300, 0, 3_000], // one search column: every 3 s
    [3, 300, 0, 9_000],
    [7, 300, 0, Math.ceil(WINDOW_MS / 42)], // 300/7 = 42.8: each timer gets 42, not 42.8
    [1, 180, 0, 5_000], // the home timeline
    [2, 15, 0, Math.ceil(WINDOW_MS / 7)],
    [1, 75, 15, 15_000], // keep 15 calls free for the user
    [4, 3, 0, Infinity], // more timers than calls
    [1, 10, 10, Infinity], // everything reserved
    [0, 300, 0, 0], // nothing to schedule
  ])('%i timers on a limit of %i (reserve %i): %d ms', (calls, limit, reserve, expected) => {
    expect(minSustainableIntervalMs({ calls, limit, reserve })).toBe(expected);
  });

  it.each([
    [7, 300],
    [3, 100],
    [13, 900],
    [5, 15],
  ])(
    'never lets %i timers exceed %i calls in any window, whatever their phases',
    (calls, limit) => {
      const interval = minSustainableIntervalMs({ calls, limit });
      const phases = Array.from({ length: calls }, (_, i) => (i * interval) / calls + i * 7);
      const fires = phases.flatMap((p) =>
        Array.from({ length: Math.ceil((3 * WINDOW_MS) / interval) }, (_, k) => p + k * interval),
      );
      for (const start of [0, ...fires]) {
        const inWindow = fires.filter((t) => t >= start && t < start + WINDOW_MS).length;
        expect(inWindow).toBeLessThanOrEqual(limit);
      }
    },
  );

  it('takes another window length', () => {
    expect(minSustainableIntervalMs({ calls: 1, limit: 1000, windowMs: 86_400_000 })).toBe(86_400);
  });
});
