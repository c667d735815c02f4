import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EMPTY_RATE_LIMITS,
  canCall,
  observeRateLimit,
  resetAt,
  windowFromHeaders,
} from '../../../../src/main/x/rate-limits';
import type { XResult } from '../../../../src/shared/x/errors';
import { startRig, type Rig } from './sim-rig';

// X's 24-hour caps (x-app-limit-24hour-*, x-user-limit-24hour-*), sent beside the 15-minute
// x-rate-limit-* headers. A spent daily cap must be waited out to its reset, not retried every
// time the 15-minute window opens again.

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const sec = (ms: number) => String(Math.ceil(ms / 1000));

describe('over real HTTP, against the simulator', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await startRig();
  });
  afterEach(() => rig.close());

  const searches = () =>
    rig.sim.controls.requests().filter((r) => r.path === '/2/tweets/search/recent').length;

  async function failure<T>(p: Promise<XResult<T>>) {
    const r = await p;
    if (r.ok) throw new Error('expected a failure');
    return r.error;
  }

  it('a 429 with a spent daily cap waits for the cap’s reset, not the 15-minute window’s', async () => {
    const { client } = rig.brand();
    const start = rig.clock.now();
    rig.sim.controls.fault({ kind: '429', count: 1, window: '24hour' });
    const e = await failure(client.searchRecent({ query: 'ink' }));
    expect(e.kind).toBe('rate_limited');
    expect(e.resetAt).toBe(Number(sec(start + DAY)) * 1000);

    // The 15-minute window opens again, and again: Timedeck still sends nothing.
    const sent = searches();
    for (const wait of [15 * MIN + 1000, 2 * HOUR, 20 * HOUR]) {
      rig.clock.advance(wait - (rig.clock.now() - start));
      const refused = await failure(client.searchRecent({ query: 'ink' }));
      expect(refused).toMatchObject({ kind: 'rate_limited', resetAt: e.resetAt });
    }
    expect(searches()).toBe(sent);

    rig.clock.advance(e.resetAt! - rig.clock.now());
    // A day on, the access token (2 hours) has long expired: a fresh sign-in, same account.
    expect((await rig.brand().client.searchRecent({ query: 'ink' })).ok).toBe(true);
    expect(searches()).toBe(sent + 1);
  });

  it('an endpoint with a daily cap in X’s table (POST /2/tweets) waits for that cap’s reset', async () => {
    const { client } = rig.brand();
    // The first post opens the app's 24-hour window; its reset is a day after it.
    const opened = rig.clock.now();
    expect((await client.createPost({ text: 'Fresh ink in today' })).ok).toBe(true);
    rig.clock.advance(HOUR);
    rig.sim.controls.fault({ kind: '429', count: 1, window: '24hour' });
    const e = await failure(client.createPost({ text: 'And again' }));
    expect(e).toMatchObject({ kind: 'rate_limited', resetAt: Number(sec(opened + DAY)) * 1000 });
    rig.clock.advance(30 * MIN);
    expect(await failure(client.createPost({ text: 'Still capped?' }))).toMatchObject({
      kind: 'rate_limited',
      resetAt: e.resetAt,
    });
  });

  it('a 429 of the 15-minute window alone still waits only for that window', async () => {
    const { client } = rig.brand();
    expect((await client.createPost({ text: 'Open for the day' })).ok).toBe(true);
    rig.sim.controls.fault({ kind: '429', count: 1 });
    const e = await failure(client.createPost({ text: 'Too fast' }));
    expect(e.resetAt).toBeLessThanOrEqual(rig.clock.now() + 15 * MIN + 1000);
    rig.clock.advance(e.resetAt! - rig.clock.now());
    expect((await client.createPost({ text: 'Later' })).ok).toBe(true);
  });
});

describe('the headers, read as X sends them', () => {
  const now = Date.UTC(2026, 5, 10, 9, 0, 0);
  const headers = (o: {
    min15: [number, number];
    user?: [number, number];
    app?: [number, number];
  }) => ({
    'x-rate-limit-limit': '300',
    'x-rate-limit-remaining': String(o.min15[0]),
    'x-rate-limit-reset': sec(o.min15[1]),
    ...(o.user
      ? {
          'x-user-limit-24hour-limit': '1000',
          'x-user-limit-24hour-remaining': String(o.user[0]),
          'x-user-limit-24hour-reset': sec(o.user[1]),
        }
      : {}),
    ...(o.app
      ? {
          'x-app-limit-24hour-limit': '10000',
          'x-app-limit-24hour-remaining': String(o.app[0]),
          'x-app-limit-24hour-reset': sec(o.app[1]),
        }
      : {}),
  });

  it('the window that binds is the one with fewest calls left; of spent ones, the later reset', () => {
    const in10 = now + 10 * MIN;
    const in20h = now + 20 * HOUR;
    expect(windowFromHeaders(headers({ min15: [5, in10] }), now)?.resetAt).toBe(
      Number(sec(in10)) * 1000,
    );
    expect(windowFromHeaders(headers({ min15: [250, in10], app: [3, in20h] }), now)).toMatchObject({
      limit: 10000,
      remaining: 3,
    });
    expect(windowFromHeaders(headers({ min15: [0, in10], user: [0, in20h] }), now)?.resetAt).toBe(
      Number(sec(in20h)) * 1000,
    );
    expect(windowFromHeaders(headers({ min15: [0, in10], user: [40, in20h] }), now)?.resetAt).toBe(
      Number(sec(in10)) * 1000,
    );
  });

  it('after a 200 that spent the daily cap, nothing is called until the cap resets', () => {
    const in20h = now + 20 * HOUR;
    const state = observeRateLimit(EMPTY_RATE_LIMITS, {
      accountId: 'a',
      endpoint: 'search',
      now,
      status: 200,
      headers: headers({ min15: [299, now + 15 * MIN], user: [0, in20h] }),
    });
    expect(canCall(state, 'a', 'search', now + 16 * MIN)).toBe(false);
    expect(resetAt(state, 'a', 'search', now + 16 * MIN)).toBe(Number(sec(in20h)) * 1000);
    expect(canCall(state, 'a', 'search', Number(sec(in20h)) * 1000)).toBe(true);
  });

  it('a 429 with both windows spent waits for the later reset', () => {
    const in5 = now + 5 * MIN;
    const in9h = now + 9 * HOUR;
    const state = observeRateLimit(EMPTY_RATE_LIMITS, {
      accountId: 'a',
      endpoint: 'search',
      now,
      status: 429,
      headers: headers({ min15: [0, in5], app: [0, in9h] }),
    });
    expect(resetAt(state, 'a', 'search', now + 6 * MIN)).toBe(Number(sec(in9h)) * 1000);
  });
});
