import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, startTestSim, type TestSim } from '../helpers';

let t: TestSim;
beforeEach(async () => {
  t = await startTestSim();
});
afterEach(() => t.close());

const mentions = () => `/2/users/${t.sim.accounts.brand.id}/mentions?max_results=20`;

describe('reads billed per developer app', () => {
  it('bills a token issued for another client to that app, by id, once a UTC day', async () => {
    const ours = t.sim.issueTokens('quillory').access_token;
    const theirs = t.sim.issueTokens('quillory', undefined, 'another-app').access_token;
    const a = await call(t.sim, mentions(), { token: ours });
    await call(t.sim, mentions(), { token: ours });
    await call(t.sim, mentions(), { token: theirs });
    const ids = ((a.body as { data: Array<{ id: string }> }).data ?? []).map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);

    const bills = t.sim.controls.appBilledPosts();
    const other = bills.filter((b) => b.clientId === 'another-app');
    const own = bills.filter((b) => b.clientId !== 'another-app');
    expect(other).toHaveLength(1);
    expect(new Set(other[0]!.posts)).toEqual(new Set(own[0]!.posts));
    expect(own[0]!.posts).toEqual(expect.arrayContaining(ids));
    // The same posts read twice by one app that day: billed once, as appUsage counts them.
    const usage = t.sim.controls.appUsage().find((u) => u.clientId === own[0]!.clientId)!;
    expect(usage.posts).toBe(own[0]!.posts.length);
  });
});
