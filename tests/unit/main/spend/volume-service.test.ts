import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/main/platform/logger';
import { APP_ACCOUNT_ID, createVolumeService } from '../../../../src/main/spend/volume-service';
import { utcDay } from '../../../../src/main/x/costs';
import { createCostTracker, createRateLimitTracker } from '../../../../src/main/x/trackers';
import { DEFAULT_PRICES } from '../../../../src/shared/x/prices';
import { startTestSim, type TestSim } from '../../simulator/helpers';

/** The volume preview's counts, against the simulator over real HTTP. */
let t: TestSim;
let dir: string;
let appToken: string;

beforeAll(async () => {
  t = await startTestSim({
    oauthClients: [
      { clientId: 'timedeck-demo', redirectUris: ['http://127.0.0.1:53682/callback'] },
      { clientId: 'app', clientSecret: 'secret', redirectUris: ['http://127.0.0.1:9/cb'] },
      // A second developer app: a bearer token that differs from the first.
      { clientId: 'app-b', clientSecret: 'secret-b', redirectUris: ['http://127.0.0.1:9/cb'] },
    ],
  });
  appToken = t.sim.issueAppToken('app');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-volume-'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function service(
  o: { token?: string | null | (() => string | null); capReached?: boolean; file?: string } = {},
) {
  const costs = createCostTracker(() => DEFAULT_PRICES);
  // Every request the simulator billed the app for counts, over all days.
  const requests = () =>
    t.sim.controls
      .appUsage()
      .filter((r) => r.clientId === 'app')
      .reduce((n, r) => n + (r.requests['GET /2/tweets/counts/recent'] ?? 0), 0);
  const volume = createVolumeService({
    clock: t.clock,
    log: silentLogger,
    costs,
    rateLimits: createRateLimitTracker(),
    file: o.file ?? path.join(dir, `cache-${Math.random()}.json`),
    bearerToken: () =>
      o.token === undefined ? appToken : typeof o.token === 'function' ? o.token() : o.token,
    apiBaseUrl: () => t.sim.url,
    capReached: () => o.capReached ?? false,
    maxPostsPerPoll: 300,
  });
  return { volume, costs, requests };
}

describe('the volume preview’s count', () => {
  it('counts the query once, bills $0.005 to the app, and answers from the cache for the rest of the day', async () => {
    const { volume, costs, requests } = service();
    const before = requests();
    const first = await volume.volume({ query: 'quillory OR ink' });
    expect(first.state).toBe('counted');
    if (first.state !== 'counted') return;
    expect(first.cached).toBe(false);
    expect(first.counts.total).toBeGreaterThan(0);
    expect(first.counts.buckets.reduce((n, b) => n + b.count, 0)).toBe(first.counts.total);
    const day = utcDay(t.clock.now());
    expect(costs.daySpend(APP_ACCOUNT_ID, day).dollars).toBe(0.005);

    const again = await volume.volume({ query: '  quillory OR ink ' });
    expect(again).toMatchObject({ state: 'counted', cached: true });
    expect(requests()).toBe(before + 1);
    expect(costs.daySpend(APP_ACCOUNT_ID, day).dollars).toBe(0.005);

    // A changed query is a new count.
    await volume.volume({ query: 'quillory' });
    expect(requests()).toBe(before + 2);
  });

  it('keeps the day’s counts across a restart, and counts afresh the next UTC day', async () => {
    const file = path.join(dir, 'kept.json');
    const a = service({ file });
    await a.volume.volume({ query: 'nib' });
    a.volume.flush();
    const b = service({ file });
    const before = b.requests();
    expect(await b.volume.volume({ query: 'nib' })).toMatchObject({ cached: true });
    expect(b.requests()).toBe(before);
    t.clock.advance(24 * 60 * 60 * 1000);
    expect(await b.volume.volume({ query: 'nib' })).toMatchObject({ cached: false });
    expect(b.requests()).toBe(before + 1);
  });

  it('without a bearer token estimates nothing and asks X nothing', async () => {
    const { volume, requests } = service({ token: null });
    const before = requests();
    expect(await volume.volume({ query: 'quillory' })).toEqual({ state: 'no-token' });
    expect(requests()).toBe(before);
  });

  it('refuses, at no cost, an empty or too long query and any query at the spend cap', async () => {
    const { volume, requests } = service();
    const capped = service({ capReached: true });
    const before = requests();
    expect(await volume.volume({ query: '  ' })).toMatchObject({ state: 'refused' });
    expect(await volume.volume({ query: 'x'.repeat(513) })).toMatchObject({
      state: 'refused',
      message: expect.stringMatching(/512/),
    });
    expect(await capped.volume.volume({ query: 'pen' })).toMatchObject({
      state: 'refused',
      message: expect.stringMatching(/cap/),
    });
    expect(requests()).toBe(before);
  });

  it('passes on X’s refusal of a query and of a bad token', async () => {
    const { volume } = service();
    expect(await volume.volume({ query: 'quillory (ink' })).toMatchObject({ state: 'refused' });
    const bad = service({ token: 'not-a-real-token-at-all-0000' });
    expect(await bad.volume.volume({ query: 'pens' })).toMatchObject({
      state: 'refused',
      message: expect.stringMatching(/bearer token/),
    });
  });

  it('counts with one bearer client until the token changes, then with a new one', async () => {
    let token = appToken;
    const { volume } = service({ token: () => token });
    for (const query of ['nib', 'ink', 'quill', 'paper']) {
      expect(await volume.volume({ query })).toMatchObject({ state: 'counted', cached: false });
    }
    expect(volume.clientsBuilt()).toBe(1);
    token = t.sim.issueAppToken('app-b');
    expect(await volume.volume({ query: 'blotter' })).toMatchObject({ state: 'counted' });
    expect(await volume.volume({ query: 'sealing wax' })).toMatchObject({ state: 'counted' });
    expect(volume.clientsBuilt()).toBe(2);
  });
});
