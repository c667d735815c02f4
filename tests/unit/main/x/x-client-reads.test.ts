import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../../src/main/x/endpoints';
import { ListPageSchema, PostPageSchema, XUserSchema } from '../../../../src/shared/x/types';
import { startRig, value, type Rig } from './sim-rig';

// The X client against the loopback simulator over real HTTP: what a column would show.

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

describe('reading through the X client', () => {
  it('knows who it is signed in as', async () => {
    const { client } = rig.brand();
    const me = value(await client.me());
    expect(XUserSchema.parse(me)).toEqual(me);
    expect(me).toMatchObject({
      id: rig.sim.accounts.brand.id,
      username: rig.sim.accounts.brand.username,
      name: rig.sim.accounts.brand.name,
    });
  });

  it('looks users up by id and by username', async () => {
    const { client } = rig.brand();
    const { id, username } = rig.sim.accounts.personal;
    expect(value(await client.userById(id)).username).toBe(username);
    expect(value(await client.userByUsername(username)).id).toBe(id);
  });

  it('finds a new post in a search, with its author, and then only what is newer', async () => {
    const { client } = rig.brand();
    const personal = rig.sim.accounts.personal;
    const first = rig.sim.controls.injectPost({
      authorUsername: personal.username,
      text: 'Trying the zorblatt blend this morning #coffee',
    });

    const page = value(await client.searchRecent({ query: 'zorblatt', maxResults: 10 }));
    expect(PostPageSchema.parse(page)).toEqual(page);
    expect(page.posts.map((p) => p.id)).toEqual([first]);
    expect(page.posts[0]).toMatchObject({
      authorId: personal.id,
      text: 'Trying the zorblatt blend this morning #coffee',
    });
    expect(page.posts[0]?.entities.hashtags.map((h) => h.tag)).toEqual(['coffee']);
    expect(page.includes.users.map((u) => u.id)).toContain(personal.id);
    expect(page.meta.newestId).toBe(first);

    rig.clock.advance(60_000);
    const second = rig.sim.controls.injectPost({
      authorUsername: personal.username,
      text: 'Second zorblatt cup',
    });
    const newer = value(await client.searchRecent({ query: 'zorblatt', sinceId: first }));
    expect(newer.posts.map((p) => p.id)).toEqual([second]);
  });

  it('answers an empty page for a search that matches nothing', async () => {
    const { client } = rig.brand();
    const page = value(await client.searchRecent({ query: 'qwxzvbnmplk' }));
    expect(page.posts).toEqual([]);
    expect(page.meta.resultCount).toBe(0);
  });

  it('shows a mention of the account in its mentions', async () => {
    const brand = rig.brand();
    const id = rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.personal.username,
      text: `@${brand.username} are you open on Sunday?`,
    });
    const page = value(await brand.client.mentions(brand.userId, { maxResults: 100 }));
    expect(PostPageSchema.parse(page)).toEqual(page);
    const mention = page.posts.find((p) => p.id === id);
    expect(mention?.entities.mentions[0]).toMatchObject({ username: brand.username, start: 0 });
  });

  it('reads the account’s own posts, home timeline and lists', async () => {
    const brand = rig.brand();
    const own = value(await brand.client.userPosts(brand.userId, { maxResults: 5 }));
    expect(own.posts.every((p) => p.authorId === brand.userId)).toBe(true);
    expect(PostPageSchema.parse(value(await brand.client.homeTimeline(brand.userId)))).toBeTruthy();

    const lists = value(await brand.client.ownedLists(brand.userId));
    expect(ListPageSchema.parse(lists)).toEqual(lists);
    for (const list of lists.lists) {
      expect(PostPageSchema.parse(value(await brand.client.listPosts(list.id)))).toBeTruthy();
    }
  });

  it('pages back through a timeline with nextToken without repeating a post', async () => {
    const brand = rig.brand();
    const first = value(await brand.client.homeTimeline(brand.userId, { maxResults: 5 }));
    expect(first.meta.nextToken).toBeDefined();
    const second = value(
      await brand.client.homeTimeline(brand.userId, {
        maxResults: 5,
        nextToken: first.meta.nextToken,
      }),
    );
    const firstIds = new Set(first.posts.map((p) => p.id));
    expect(second.posts.length).toBeGreaterThan(0);
    expect(second.posts.some((p) => firstIds.has(p.id))).toBe(false);
  });

  it('fetches one post with its author in includes', async () => {
    const { client } = rig.brand();
    const id = rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.personal.username,
      text: 'A single post',
      lang: 'en',
    });
    const page = value(await client.post(id));
    expect(page.posts).toHaveLength(1);
    expect(page.posts[0]).toMatchObject({ id, text: 'A single post', lang: 'en' });
    expect(page.includes.users[0]?.id).toBe(rig.sim.accounts.personal.id);
  });
});

describe('what a post replies to', () => {
  // X bills every post it sends, the expanded ones too: a column reads only its own posts, and
  // a card asks for the replied-to post when the user wants it.
  it('is not sent with a search, but comes with the post asked for itself', async () => {
    const { client } = rig.brand();
    const day = new Date(rig.clock.now()).toISOString().slice(0, 10);
    const personal = rig.sim.accounts.personal.username;
    const question = rig.sim.controls.injectPost({
      authorUsername: personal,
      text: 'Which nib for left-handers?',
    });
    rig.clock.advance(1000);
    const reply = rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.brand.username,
      text: 'A stub nib, smudges less',
      inReplyToId: question,
    });
    const billed = () =>
      rig.sim.controls
        .usage()
        .filter((u) => u.userId === rig.sim.accounts.brand.id && u.day === day)
        .reduce((n, u) => n + u.posts, 0);
    const before = billed();

    const page = value(await client.searchRecent({ query: 'stub nib' }));
    expect(page.posts.map((p) => p.id)).toEqual([reply]);
    expect(page.posts[0]?.referenced).toEqual([{ type: 'replied_to', id: question }]);
    expect(page.includes.posts).toEqual([]);
    expect(billed() - before).toBe(1);

    const asked = value(await client.post(reply));
    expect(asked.includes.posts.map((p) => p.id)).toEqual([question]);
    expect(asked.includes.users.map((u) => u.username)).toContain(personal);
  });
});

describe('writing through the X client', () => {
  it('creates a post X can find, then deletes it', async () => {
    const { client } = rig.brand();
    const created = value(await client.createPost({ text: 'Open until 6 today' }));
    expect(created.text).toBe('Open until 6 today');
    expect(rig.sim.controls.findPost(created.id)).toBeTruthy();
    expect(value(await client.deletePost(created.id))).toEqual({ deleted: true });
  });

  it('replies to an author who mentioned the account', async () => {
    const brand = rig.brand();
    const question = rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.personal.username,
      text: `@${brand.username} do you ship to Leeds?`,
    });
    const reply = value(await brand.client.createPost({ text: 'We do!', inReplyTo: question }));
    const page = value(await brand.client.post(reply.id));
    expect(page.posts[0]?.referenced).toEqual([{ type: 'replied_to', id: question }]);
  });

  it('reposts and un-reposts', async () => {
    const brand = rig.brand();
    const id = rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.personal.username,
      text: 'Worth sharing',
    });
    expect(value(await brand.client.repost(brand.userId, id))).toEqual({ reposted: true });
    expect(value(await brand.client.unrepost(brand.userId, id))).toEqual({ reposted: false });
  });

  it('likes a post where the tier allows it (enterprise)', async () => {
    rig.sim.controls.setTier('enterprise');
    const brand = rig.brand();
    const id = rig.sim.controls.injectPost({
      authorUsername: rig.sim.accounts.personal.username,
      text: 'Likeable',
    });
    expect(value(await brand.client.like(brand.userId, id))).toEqual({ liked: true });
  });
});

describe('rate-limit state from the simulator’s real headers', () => {
  it('records each endpoint’s window per account, counting down', async () => {
    const brand = rig.brand();
    const personal = rig.personal();
    const a = await brand.client.searchRecent({ query: 'coffee' });
    const b = await brand.client.searchRecent({ query: 'coffee' });
    await personal.client.searchRecent({ query: 'coffee' });
    expect(a.ok && a.rateLimit?.limit).toBe(ENDPOINTS.searchRecent.perUser15m);
    expect(b.ok && b.rateLimit?.remaining).toBe(ENDPOINTS.searchRecent.perUser15m - 2);

    const now = rig.clock.now();
    const w = rig.rateLimits.window(brand.username, 'searchRecent', now);
    expect(w?.remaining).toBe(ENDPOINTS.searchRecent.perUser15m - 2);
    expect(w!.resetAt).toBeGreaterThan(now);
    expect(w!.resetAt).toBeLessThanOrEqual(now + 15 * 60_000 + 1000);
    expect(rig.rateLimits.window(personal.username, 'searchRecent', now)?.remaining).toBe(
      ENDPOINTS.searchRecent.perUser15m - 1,
    );
  });

  it('agrees with the simulator on every endpoint’s documented limit', async () => {
    const brand = rig.brand();
    const list = value(await brand.client.ownedLists(brand.userId)).lists[0];
    await brand.client.me();
    await brand.client.mentions(brand.userId);
    await brand.client.userPosts(brand.userId);
    await brand.client.homeTimeline(brand.userId);
    if (list) await brand.client.listPosts(list.id);
    for (const e of rig.rateLimits.entries()) {
      expect(e.limit, e.endpoint).toBe(ENDPOINTS[e.endpoint as keyof typeof ENDPOINTS].perUser15m);
    }
    expect(rig.rateLimits.entries().length).toBeGreaterThanOrEqual(5);
  });
});
