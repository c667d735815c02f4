import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { utcDay } from '../../../../src/main/x/costs';
import { startRig, value, type Rig } from './sim-rig';

// Timedeck's cost ledger against the simulator's own count of billable reads (/__sim/usage).

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

function simUsage(userId: string, day: string) {
  const rows = rig.sim.controls.usage().filter((u) => u.userId === userId && u.day === day);
  return rows.reduce((sum, r) => ({ posts: sum.posts + r.posts, users: sum.users + r.users }), {
    posts: 0,
    users: 0,
  });
}

describe('read costs', () => {
  it('count what the simulator counts, each post once a day', async () => {
    const brand = rig.brand();
    const day = utcDay(rig.clock.now());
    await brand.client.me();
    value(await brand.client.searchRecent({ query: 'coffee', maxResults: 50 }));
    value(await brand.client.searchRecent({ query: 'coffee', maxResults: 50 })); // the same posts
    value(await brand.client.mentions(brand.userId));
    value(await brand.client.homeTimeline(brand.userId, { maxResults: 20 }));
    await brand.client.userByUsername(rig.sim.accounts.personal.username);

    const mine = rig.costs.daySpend(brand.username, day);
    const sims = simUsage(brand.userId, day);
    expect(sims.posts).toBeGreaterThan(0);
    expect({ posts: mine.postsRead, users: mine.usersRead }).toEqual(sims);
  });

  it('price the account’s own mentions and posts as owned reads', async () => {
    const brand = rig.brand();
    const day = utcDay(rig.clock.now());
    rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.personal.username,
      text: `@${brand.username} hello`,
    });
    const mentions = value(await brand.client.mentions(brand.userId));
    const spend = rig.costs.daySpend(brand.username, day);
    const postsInAnswer = new Set([...mentions.posts, ...mentions.includes.posts].map((p) => p.id));
    expect(spend.owned.posts).toBe(postsInAnswer.size);
    expect(spend.postsRead).toBe(postsInAnswer.size);
    expect(spend.dollars).toBeCloseTo(
      (spend.owned.posts + spend.owned.users) * 0.001 +
        (spend.usersRead - spend.owned.users) * 0.01,
      9,
    );
  });

  it('start again at midnight UTC, as X bills', async () => {
    const brand = rig.brand();
    value(await brand.client.searchRecent({ query: 'coffee' }));
    const firstDay = utcDay(rig.clock.now());
    rig.clock.advance(Date.UTC(2026, 5, 11, 0, 0, 1) - rig.clock.now());
    const later = rig.brand(); // the first token has long expired
    value(await later.client.searchRecent({ query: 'coffee' }));
    const secondDay = utcDay(rig.clock.now());
    expect(secondDay).not.toBe(firstDay);
    for (const day of [firstDay, secondDay]) {
      const sims = simUsage(brand.userId, day);
      const mine = rig.costs.daySpend(brand.username, day);
      expect({ posts: mine.postsRead, users: mine.usersRead }, day).toEqual(sims);
    }
  });

  it('keep accounts apart', async () => {
    const brand = rig.brand();
    const personal = rig.personal();
    const day = utcDay(rig.clock.now());
    value(await brand.client.searchRecent({ query: 'coffee' }));
    value(await personal.client.searchRecent({ query: 'coffee' }));
    for (const a of [brand, personal]) {
      const mine = rig.costs.daySpend(a.username, day);
      expect({ posts: mine.postsRead, users: mine.usersRead }).toEqual(simUsage(a.userId, day));
    }
  });
});

describe('write costs', () => {
  it('price a plain post, a post with a link and a summoned reply differently', async () => {
    const brand = rig.brand();
    const day = utcDay(rig.clock.now());
    value(await brand.client.createPost({ text: 'Fresh bread today' }));
    value(await brand.client.createPost({ text: 'Menu: https://acme.co/menu' }));
    const question = rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.personal.username,
      text: `@${brand.username} still open?`,
    });
    value(await brand.client.createPost({ text: 'Yes, until 6', inReplyTo: question }));
    const w = rig.costs.daySpend(brand.username, day).writes;
    expect([w.postCreate, w.postCreateWithUrl, w.replySummoned]).toEqual([1, 1, 1]);
  });

  it('charge nothing for a write X refused', async () => {
    const brand = rig.brand();
    rig.sim.controls.fault({ kind: '503', count: 1 });
    expect((await brand.client.createPost({ text: 'Lost' })).ok).toBe(false);
    expect(rig.costs.daySpend(brand.username, utcDay(rig.clock.now())).dollars).toBe(0);
  });
});
