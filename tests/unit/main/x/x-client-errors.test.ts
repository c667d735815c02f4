import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../../src/shared/time/clock';
import { startSimulator } from '../../../../src/simulator/index';
import {
  describeXError,
  X_ERROR_KINDS,
  type XErrorKind,
  type XResult,
} from '../../../../src/shared/x/errors';
import { startRig, type Rig } from './sim-rig';

// Every XError kind, each produced by a real answer (or a real failure) of the simulator.

let rig: Rig;
const seen = new Set<XErrorKind>();

beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

async function failure<T>(p: Promise<XResult<T>>) {
  const r = await p;
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value).slice(0, 200)}`);
  seen.add(r.error.kind);
  expect(r.error.message).toBe(describeXError(r.error, rig.clock.now()));
  return r.error;
}

const requestsTo = (path: string) =>
  rig.sim.controls.requests().filter((r) => r.path.startsWith(path)).length;

describe('auth', () => {
  it('a revoked token', async () => {
    const brand = rig.brand();
    rig.sim.controls.fault({ kind: 'revoke', token: brand.accessToken });
    const e = await failure(brand.client.me());
    expect(e).toMatchObject({ kind: 'auth', status: 401, endpoint: 'me' });
  });

  it('an expired token', async () => {
    const brand = rig.brand();
    rig.clock.advance(brand.expiresInMs + 1000);
    expect(await failure(brand.client.searchRecent({ query: 'coffee' }))).toMatchObject({
      kind: 'auth',
      status: 401,
    });
  });

  it('no token at all: nothing is sent', async () => {
    const brand = rig.brand();
    brand.loseToken();
    const before = rig.sim.controls.requests().length;
    expect((await failure(brand.client.me())).kind).toBe('auth');
    expect(rig.sim.controls.requests()).toHaveLength(before);
  });
});

describe('refusals', () => {
  it('forbidden: deleting someone else’s post', async () => {
    const brand = rig.brand();
    const theirs = rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.personal.username,
      text: 'Mine, not yours',
    });
    expect(await failure(brand.client.deletePost(theirs))).toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
  });

  it('not_summoned: replying to an author who did not mention the account', async () => {
    const brand = rig.brand();
    const unsolicited = rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.personal.username,
      text: 'Just thinking aloud about coffee',
    });
    const e = await failure(brand.client.createPost({ text: 'Try ours!', inReplyTo: unsolicited }));
    expect(e).toMatchObject({ kind: 'not_summoned', status: 403, endpoint: 'createPost' });
    expect(e.xMessage).toMatch(/mentioned/);
    expect(rig.costs.daySpend(brand.username, '2026-06-10').writes.replySummoned).toBe(0);
  });

  it('not_available_on_tier: a like on self-serve access', async () => {
    const brand = rig.brand();
    const id = rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.personal.username,
      text: 'Likeable',
    });
    expect(await failure(brand.client.like(brand.userId, id))).toMatchObject({
      kind: 'not_available_on_tier',
      status: 403,
    });
  });

  it('not_found: a post that does not exist', async () => {
    const { client } = rig.brand();
    const e = await failure(client.post('1234567890123456789'));
    expect(e).toMatchObject({ kind: 'not_found', endpoint: 'post' });
    expect(e.xMessage).toMatch(/Could not find/);
  });

  it('invalid_query: a bad search shows X’s own message', async () => {
    const { client } = rig.brand();
    const e = await failure(client.searchRecent({ query: '(coffee' }));
    expect(e).toMatchObject({ kind: 'invalid_query', status: 400 });
    expect(e.xMessage).toMatch(/There were errors processing your request/);
    expect(e.message).toBe(`X didn’t accept this: ${e.xMessage}`);
  });

  it('payment_required: out of credits', async () => {
    const { client } = rig.brand();
    rig.sim.controls.fault({ kind: '402', count: 1 });
    expect(await failure(client.searchRecent({ query: 'coffee' }))).toMatchObject({
      kind: 'payment_required',
      status: 402,
    });
  });
});

describe('rate_limited', () => {
  it('spends the 15-call owned-lists window, then refuses locally until X’s reset', async () => {
    const brand = rig.brand();
    const path = `/2/users/${brand.userId}/owned_lists`;
    let last;
    for (let i = 0; i < 15; i++) last = await brand.client.ownedLists(brand.userId);
    expect(last?.ok && last.rateLimit?.remaining).toBe(0);
    const windowReset = last?.ok ? last.rateLimit?.resetAt : undefined;

    // Timedeck doesn't knock while X has said the window is empty: no request leaves.
    const sent = requestsTo(path);
    const e = await failure(brand.client.ownedLists(brand.userId));
    expect(e).toMatchObject({ kind: 'rate_limited', endpoint: 'ownedLists', resetAt: windowReset });
    expect(requestsTo(path)).toBe(sent);

    // Other endpoints and other accounts are unaffected.
    expect((await brand.client.me()).ok).toBe(true);
    const personal = rig.personal();
    expect((await personal.client.ownedLists(personal.userId)).ok).toBe(true);

    rig.clock.advance(windowReset! - rig.clock.now());
    expect((await brand.client.ownedLists(brand.userId)).ok).toBe(true);
  });

  it('a storm of 429s from X, for a client that forgot the window, all carry X’s reset', async () => {
    const brand = rig.brand();
    for (let i = 0; i < 15; i++) await brand.client.ownedLists(brand.userId);
    const windowReset = rig.rateLimits.window(
      brand.username,
      'ownedLists',
      rig.clock.now(),
    )?.resetAt;

    // A restart forgets X's windows; X answers 429 and the new tracker learns it at once.
    const restarted = rig.signIn(brand.username, { ownTrackers: true });
    const path = `/2/users/${brand.userId}/owned_lists`;
    const sent = requestsTo(path);
    const e = await failure(restarted.client.ownedLists(brand.userId));
    expect(e).toMatchObject({ kind: 'rate_limited', status: 429, resetAt: windowReset });
    expect(requestsTo(path)).toBe(sent + 1);
    expect((await failure(restarted.client.ownedLists(brand.userId))).resetAt).toBe(windowReset);
    expect(requestsTo(path)).toBe(sent + 1);
  });

  it('a forced 429 carries X’s reset', async () => {
    const { client } = rig.brand();
    rig.sim.controls.fault({ kind: '429', count: 1 });
    const e = await failure(client.searchRecent({ query: 'coffee' }));
    expect(e.kind).toBe('rate_limited');
    expect(e.resetAt).toBeGreaterThan(rig.clock.now());
  });
});

describe('X down or unreachable', () => {
  it('unavailable: a 503, then the next call goes through', async () => {
    const { client } = rig.brand();
    rig.sim.controls.fault({ kind: '503', count: 1 });
    expect(await failure(client.searchRecent({ query: 'coffee' }))).toMatchObject({
      kind: 'unavailable',
      status: 503,
    });
    expect((await client.searchRecent({ query: 'coffee' })).ok).toBe(true);
  });

  it('network: a dropped connection', async () => {
    const { client } = rig.brand();
    rig.sim.controls.fault({ kind: 'drop', count: 1 });
    expect((await failure(client.me())).kind).toBe('network');
  });

  it('network: an answer that never comes', async () => {
    // The simulator's latency runs on the fake clock, which the test never advances.
    const brand = rig.signIn(rig.sim.accounts.brand.username, { timeoutMs: 200 });
    rig.sim.controls.fault({ kind: 'latency', ms: 60_000, count: 1 });
    expect((await failure(brand.client.me())).kind).toBe('network');
  });

  it('network: nothing listening on the port', async () => {
    const other = await startSimulator({ clock: new FakeClock(rig.clock.now()), seed: 'closed' });
    const url = other.url;
    await other.close();
    const brand = rig.signIn(rig.sim.accounts.brand.username, { baseUrl: url });
    expect((await failure(brand.client.me())).kind).toBe('network');
  });
});

describe('coverage', () => {
  it('produced every XError kind from a real answer', () => {
    expect([...seen].sort()).toEqual([...X_ERROR_KINDS].sort());
  });
});
