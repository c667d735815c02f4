import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountClients } from '../../../../src/main/x/client-factory';
import { ENDPOINTS } from '../../../../src/main/x/endpoints';
import { createXClient } from '../../../../src/main/x/x-client';
import { startRig, value, type Rig } from './sim-rig';

/**
 * The twitter-api-v2 client under the X client: one per account for as long as its token
 * lasts, driven through the library's typed methods, against the simulator over real HTTP.
 */
let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(() => rig.close());

const requestsTo = (path: string) =>
  rig.sim.controls.requests().filter((r) => r.path === path).length;

describe('one twitter-api-v2 client per account', () => {
  it('serves forty calls of every kind with the one client it built', async () => {
    const brand = rig.brand();
    const c = brand.client;
    const lists = value(await c.ownedLists(brand.userId));
    let newest: string | undefined;
    for (let i = 0; i < 4; i += 1) {
      const page = value(await c.searchRecent({ query: 'ink', sinceId: newest }));
      newest = page.meta.newestId ?? newest;
      value(await c.mentions(brand.userId));
      value(await c.userPosts(brand.userId));
      value(await c.homeTimeline(brand.userId));
      if (lists.lists[0]) value(await c.listPosts(lists.lists[0].id));
      value(await c.me());
      value(await c.userByUsername(rig.sim.accounts.personal.username));
      const made = value(await c.createPost({ text: `Ink batch ${i} is in` }));
      value(await c.post(made.id));
      value(await c.repost(brand.userId, made.id));
      value(await c.unrepost(brand.userId, made.id));
      value(await c.deletePost(made.id));
    }
    expect(brand.clients.built()).toBe(1);
  });

  it('gives each account a client of its own', async () => {
    const brand = rig.brand();
    const personal = rig.personal();
    await Promise.all([
      brand.client.mentions(brand.userId),
      personal.client.mentions(personal.userId),
      brand.client.me(),
      personal.client.me(),
    ]);
    expect([brand.clients.built(), personal.clients.built()]).toEqual([1, 1]);
    expect(brand.clients.forToken(brand.accessToken)).not.toBe(
      personal.clients.forToken(personal.accessToken),
    );
  });

  it('builds a new client for a new token, and keeps it', async () => {
    const brand = rig.brand();
    const first = brand.clients.forToken(brand.accessToken);
    expect(brand.clients.forToken(brand.accessToken)).toBe(first);
    const next = rig.sim.issueTokens(brand.username).access_token;
    const second = brand.clients.forToken(next);
    expect(second).not.toBe(first);
    expect(brand.clients.forToken(next)).toBe(second);
    expect(brand.clients.built()).toBe(2);
  });
});

describe('the typed methods ask X only what we ask', () => {
  it('reads the home timeline without asking X who the user is first', async () => {
    const brand = rig.brand();
    const before = requestsTo('/2/users/me');
    value(await brand.client.homeTimeline(brand.userId));
    value(await brand.client.homeTimeline(brand.userId));
    expect(requestsTo('/2/users/me')).toBe(before);
    expect(
      requestsTo(`/2/users/${brand.userId}/timelines/reverse_chronological`),
    ).toBeGreaterThanOrEqual(2);
  });

  it('without the user id, asks X who the user is once per client, not once per call', async () => {
    const t = rig.sim.issueTokens(rig.sim.accounts.personal.username);
    const clients = createAccountClients({
      accountId: 'no-self-id',
      baseUrl: rig.sim.url,
      clock: rig.clock,
      rateLimits: rig.rateLimits,
    });
    const client = createXClient({
      twitter: clients,
      accountId: 'no-self-id',
      getAccessToken: async () => t.access_token,
      clock: rig.clock,
      rateLimits: rig.rateLimits,
      costs: rig.costs,
    });
    const before = requestsTo('/2/users/me');
    for (let i = 0; i < 3; i += 1) value(await client.homeTimeline(t.user_id));
    expect(requestsTo('/2/users/me')).toBe(before + 1);
  });

  it('sends a typed username as one path segment: it cannot reach another endpoint', async () => {
    const brand = rig.brand();
    const before = rig.sim.controls.requests().length;
    const r = await brand.client.userByUsername('../../me');
    expect(r.ok).toBe(false);
    const sent = rig.sim.controls.requests().slice(before);
    expect(sent.map((s) => s.path)).not.toContain('/2/users/me');
    expect(sent).toHaveLength(1);
  });

  it('records the window of an answer the typed method threw for (a 403)', async () => {
    const brand = rig.brand();
    const personal = rig.personal();
    const theirs = value(await personal.client.createPost({ text: 'Not yours to delete' }));
    const remaining = () =>
      rig.rateLimits.window(brand.username, 'deletePost', rig.clock.now())?.remaining;
    const before = remaining() ?? ENDPOINTS.deletePost.perUser15m;
    const r = await brand.client.deletePost(theirs.id);
    expect(r).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(remaining()).toBe(before - 1);
  });
});
