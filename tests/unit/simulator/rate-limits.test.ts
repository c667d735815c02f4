import { describe, expect, it } from 'vitest';
import {
  RATE_LIMITS,
  current,
  resetSeconds,
  take,
  type Window,
} from '../../../src/simulator/rate-limits';
import { RateLimiter } from '../../../src/simulator/rate-limiter';

const MIN = 60 * 1000;
const w15 = (limit: number): Window => ({ limit, windowMs: 15 * MIN });

describe('window arithmetic', () => {
  it.each([
    ['no state yet', undefined, 1000, { start: 1000, used: 0 }],
    ['inside the window', { start: 0, used: 3 }, 14 * MIN, { start: 0, used: 3 }],
    ['exactly at the reset', { start: 0, used: 3 }, 15 * MIN, { start: 15 * MIN, used: 0 }],
    ['after the reset', { start: 0, used: 3 }, 40 * MIN, { start: 40 * MIN, used: 0 }],
    ['the clock went back', { start: 10 * MIN, used: 3 }, 5 * MIN, { start: 5 * MIN, used: 0 }],
  ])('%s', (_name, state, now, expected) => expect(current(state, now, w15(5))).toEqual(expected));

  it('allows up to the limit, then refuses without using more', () => {
    let states: Array<{ start: number; used: number } | undefined> = [undefined];
    const results: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      const r = take(states, [w15(3)], i * 1000);
      results.push(r.allowed);
      states = r.readings.map((x) => x.state);
    }
    expect(results).toEqual([true, true, true, false]);
    expect(states[0]).toEqual({ start: 0, used: 3 });
  });

  it('takes from every window or from none', () => {
    const day: Window = { limit: 2, windowMs: 24 * 60 * MIN };
    const r = take(
      [
        { start: 0, used: 0 },
        { start: 0, used: 2 },
      ],
      [w15(50), day],
      1000,
    );
    expect(r.allowed).toBe(false);
    expect(r.readings.map((x) => x.state.used)).toEqual([0, 2]);
  });

  it('reports reset in whole Unix seconds, rounded up', () => {
    expect(resetSeconds(1_700_000_000_001)).toBe(1_700_000_001);
  });

  it("uses X's documented numbers", () => {
    expect(RATE_LIMITS['GET /2/tweets/search/recent']).toEqual({
      perUser: [w15(300)],
      perApp: [w15(450)],
    });
    expect(RATE_LIMITS['GET /2/users/:id/timelines/reverse_chronological']!.perUser).toEqual([
      w15(180),
    ]);
    expect(RATE_LIMITS['POST /2/tweets']!.appShared).toEqual([
      { limit: 10000, windowMs: 24 * 60 * MIN },
    ]);
  });
});

describe('RateLimiter', () => {
  it('keeps users apart and adds 24-hour headers where X has them', () => {
    const limiter = new RateLimiter();
    const a = { kind: 'user' as const, clientId: 'c', userId: 'a' };
    const b = { kind: 'user' as const, clientId: 'c', userId: 'b' };
    for (let i = 0; i < 15; i++)
      expect(limiter.check('GET /2/users/:id/owned_lists', a, 0).allowed).toBe(true);
    expect(limiter.check('GET /2/users/:id/owned_lists', a, 0).allowed).toBe(false);
    expect(limiter.check('GET /2/users/:id/owned_lists', b, 0).allowed).toBe(true);
    const post = limiter.check('POST /2/tweets', a, 0).headers;
    expect(post).toEqual({
      'x-rate-limit-limit': '100',
      'x-rate-limit-remaining': '99',
      'x-rate-limit-reset': String(15 * 60),
      'x-app-limit-24hour-limit': '10000',
      'x-app-limit-24hour-remaining': '9999',
      'x-app-limit-24hour-reset': String(24 * 60 * 60),
    });
    expect(
      limiter.check('POST /2/users/:id/likes', a, 0).headers['x-user-limit-24hour-limit'],
    ).toBe('1000');
  });

  it('shares the app-wide daily cap between users', () => {
    const limiter = new RateLimiter();
    limiter.check('POST /2/tweets', { kind: 'user', clientId: 'c', userId: 'a' }, 0);
    const h = limiter.check(
      'POST /2/tweets',
      { kind: 'user', clientId: 'c', userId: 'b' },
      0,
    ).headers;
    expect(h['x-rate-limit-remaining']).toBe('99');
    expect(h['x-app-limit-24hour-remaining']).toBe('9998');
  });

  it('counts app-only tokens against the per-app limits', () => {
    const limiter = new RateLimiter();
    expect(
      limiter.check('GET /2/tweets/search/recent', { kind: 'app', clientId: 'c' }, 0).headers[
        'x-rate-limit-limit'
      ],
    ).toBe('450');
  });
});
