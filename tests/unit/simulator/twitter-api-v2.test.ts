import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiResponseError, type TwitterApi } from 'twitter-api-v2';
import { clientFor, startTestSim, type TestSim } from './helpers';

/** Timedeck talks to X through twitter-api-v2: every endpoint must answer it. */
let t: TestSim;
let brand: TwitterApi;
let brandId: string;

beforeAll(async () => {
  t = await startTestSim();
  brand = clientFor(t.sim, t.sim.issueTokens('quillory').access_token);
  brandId = t.sim.accounts.brand.id;
});
afterAll(() => t.close());

describe('twitter-api-v2 against the simulator', () => {
  it('reads users', async () => {
    expect((await brand.v2.me()).data.username).toBe('quillory');
    expect((await brand.v2.user(t.sim.accounts.personal.id)).data.username).toBe('maren_aldous');
    const byName = await brand.v2.userByUsername('inkjournal', {
      'user.fields': ['description', 'public_metrics'],
    });
    expect(byName.data.public_metrics?.followers_count).toBeGreaterThan(0);
  });

  it('pages a search with its paginator', async () => {
    const paginator = await brand.v2.search('from:quillory', {
      max_results: 10,
      'tweet.fields': ['created_at'],
      expansions: ['author_id'],
    });
    expect(paginator.tweets).toHaveLength(10);
    expect(paginator.includes.author(paginator.tweets[0]!)?.username).toBe('quillory');
    await paginator.fetchNext();
    expect(paginator.tweets).toHaveLength(20);
    expect(new Set(paginator.tweets.map((p) => p.id)).size).toBe(20);
  });

  it('treats an empty answer as an empty, finished page', async () => {
    const empty = await brand.v2.search('zzzyzzx');
    expect(empty.tweets).toEqual([]);
    expect(empty.done).toBe(true);
    expect(empty.meta.result_count).toBe(0);
  });

  it('reads the timelines, lists and single posts', async () => {
    const mentions = await brand.v2.userMentionTimeline(brandId, { max_results: 5 });
    expect(mentions.tweets).toHaveLength(5);
    await mentions.fetchNext();
    expect(mentions.tweets).toHaveLength(10);
    const own = await brand.v2.userTimeline(brandId, { max_results: 5, exclude: ['replies'] });
    expect(own.tweets.length).toBe(5);
    const home = await brand.v2.homeTimeline({ max_results: 10 });
    expect(home.tweets).toHaveLength(10);
    const lists = await brand.v2.listsOwned(brandId);
    expect(lists.lists.length).toBe(2);
    const listPosts = await brand.v2.listTweets(lists.lists[0]!.id, { max_results: 5 });
    expect(listPosts.tweets.length).toBe(5);
    const single = await brand.v2.singleTweet(mentions.tweets[0]!.id, {
      'tweet.fields': ['author_id'],
    });
    expect(single.data.author_id).not.toBe(brandId);
  });

  it('posts, replies, reposts and deletes', async () => {
    const posted = await brand.v2.tweet('Open until 6 today.');
    const mention = t.sim.controls.injectPost({
      authorUsername: 'megan_reads',
      text: '@quillory are you open today?',
    });
    const reply = await brand.v2.reply('Until 6!', mention);
    expect(reply.data.text).toBe('@megan_reads Until 6!');
    expect((await brand.v2.retweet(brandId, mention)).data.retweeted).toBe(true);
    expect((await brand.v2.unretweet(brandId, mention)).data.retweeted).toBe(false);
    expect((await brand.v2.deleteTweet(posted.data.id)).data.deleted).toBe(true);
  });

  it('surfaces X’s refusals as ApiResponseError', async () => {
    const unsummoned = t.sim.controls.injectPost({
      authorUsername: 'tomsnotebooks',
      text: 'quillary notebooks are great',
    });
    const refusals = await Promise.allSettled([
      brand.v2.reply('Thank you!', unsummoned),
      brand.v2.like(brandId, unsummoned),
      brand.v2.quote('Thanks', unsummoned),
    ]);
    for (const r of refusals) {
      expect(r.status).toBe('rejected');
      const error = (r as PromiseRejectedResult).reason as ApiResponseError;
      expect(error).toBeInstanceOf(ApiResponseError);
      expect(error.code).toBe(403);
    }
    await expect(brand.v2.search('(unbalanced')).rejects.toMatchObject({ code: 400 });
  });

  it('reads rate limits and 429s the way the library expects', async () => {
    const before = await brand.v2.listsOwned(t.sim.accounts.personal.id);
    const after = await brand.v2.listsOwned(t.sim.accounts.personal.id);
    expect(after.rateLimit.limit).toBe(15);
    expect(after.rateLimit.remaining).toBe(before.rateLimit.remaining - 1);
    t.sim.controls.fault({ kind: '429', count: 1 });
    const error = (await brand.v2.me().catch((e: unknown) => e)) as ApiResponseError;
    expect(error.rateLimitError).toBe(true);
    expect(error.rateLimit?.remaining).toBe(0);
    expect(error.rateLimit?.reset).toBeGreaterThan(t.clock.now() / 1000);
  });
});
