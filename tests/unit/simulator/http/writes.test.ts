import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimPost } from '../../../../src/simulator/world/types';
import { call, startTestSim, type TestSim } from '../helpers';

let t: TestSim;
let token: string;
beforeEach(async () => {
  t = await startTestSim();
  token = t.sim.issueTokens('quillory').access_token;
});
afterEach(() => t.close());

const post = (body: unknown, tok = token) =>
  call(t.sim, '/2/tweets', { method: 'POST', token: tok, body });
const stored = (id: string) => t.sim.controls.findPost(id) as SimPost & { author: string };

describe('POST /2/tweets', () => {
  it('creates a post that the world then shows', async () => {
    const res = await post({ text: 'Workshop open late on Thursday!' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      data: {
        id: expect.stringMatching(/^\d+$/),
        text: 'Workshop open late on Thursday!',
        edit_history_tweet_ids: [res.body.data.id],
      },
    });
    const timeline = await call(t.sim, `/2/users/${t.sim.accounts.brand.id}/tweets?max_results=5`, {
      token,
    });
    expect(timeline.body.data[0].id).toBe(res.body.data.id);
    expect(stored(res.body.data.id)).toMatchObject({
      origin: 'api',
      author: 'quillory',
      lang: 'en',
    });
  });

  it('wraps links in t.co as X does', async () => {
    const res = await post({ text: 'New ink: https://quillory.shop/inks/sepia-tide' });
    expect(res.body.data.text).toMatch(/^New ink: https:\/\/t\.co\/\w{10}$/);
    expect(stored(res.body.data.id).entities.urls[0]!.expanded_url).toBe(
      'https://quillory.shop/inks/sepia-tide',
    );
  });

  it('refuses the same text twice, text over 280 characters and unknown fields', async () => {
    expect((await post({ text: 'Same again' })).status).toBe(201);
    const dup = await post({ text: 'Same again' });
    expect(dup.status).toBe(403);
    expect(dup.body.detail).toBe('You are not allowed to create a Tweet with duplicate content.');
    const long = await post({ text: 'x'.repeat(281) });
    expect(long.status).toBe(400);
    expect(long.body.errors[0].message).toContain('too long');
    const extra = await post({ text: 'hi', colour: 'blue' });
    expect(extra.status).toBe(400);
    expect(extra.body.errors[0].message).toBe(
      '$.colour: is not defined in the schema and the schema does not allow additional properties',
    );
  });

  it('needs the tweet.write scope', async () => {
    const readOnly = t.sim.issueTokens('quillory', ['tweet.read', 'users.read']).access_token;
    const res = await post({ text: 'hello' }, readOnly);
    expect(res.status).toBe(403);
    expect(res.body.detail).toContain('tweet.write');
  });
});

describe('replies since 2026-02-23', () => {
  const world = () => {
    const id = t.sim.controls.injectPost({
      authorUsername: 'inkyfingers_jo',
      text: 'Anyone tried the Quilory Sepia Tide?',
    });
    const mention = t.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: '@quillory does the Sepia Tide shade much?',
    });
    return { unsummoned: id, summoned: mention };
  };

  it('lets the account reply where the author mentioned it, prefixing the handle', async () => {
    const { summoned } = world();
    const res = await post({
      text: 'Lots! Try it on cream paper.',
      reply: { in_reply_to_tweet_id: summoned },
    });
    expect(res.status).toBe(201);
    expect(res.body.data.text).toBe('@beatrix_b Lots! Try it on cream paper.');
    const reply = stored(res.body.data.id);
    expect(reply.references).toEqual([{ type: 'replied_to', id: summoned }]);
    expect(reply.conversationId).toBe(summoned);
  });

  it('refuses a reply where the author did not summon the account, as X does for self-serve apps', async () => {
    const { unsummoned } = world();
    const res = await post({
      text: 'Yes! It shades beautifully.',
      reply: { in_reply_to_tweet_id: unsummoned },
    });
    expect(res.status).toBe(403);
    expect(res.contentType).toBe('application/problem+json');
    expect(res.body).toEqual({
      title: 'Forbidden',
      detail:
        'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.',
      type: 'about:blank',
      status: 403,
    });
  });

  it('allows the reply for an enterprise-tier app', async () => {
    const { unsummoned } = world();
    t.sim.controls.setTier('enterprise');
    expect(
      (
        await post({
          text: 'Yes! It shades beautifully.',
          reply: { in_reply_to_tweet_id: unsummoned },
        })
      ).status,
    ).toBe(201);
  });

  it('counts a quote of one of the account’s posts as a summons, and allows replies to its own posts', async () => {
    const own = (await post({ text: 'Thread about nib sizes 1/' })).body.data.id;
    expect(
      (
        await post({
          text: '2/ Fine nibs suit small handwriting.',
          reply: { in_reply_to_tweet_id: own },
        })
      ).status,
    ).toBe(201);
    t.sim.controls.setTier('enterprise');
    const quoteToken = t.sim.issueTokens('inkyfingers_jo').access_token;
    const quote = await post({ text: 'Great thread', quote_tweet_id: own }, quoteToken);
    expect(quote.status).toBe(201);
    t.sim.controls.setTier('self-serve');
    expect(
      (await post({ text: 'Thank you!', reply: { in_reply_to_tweet_id: quote.body.data.id } }))
        .status,
    ).toBe(201);
  });

  it('refuses replies to posts that do not exist', async () => {
    const res = await post({
      text: 'hello',
      reply: { in_reply_to_tweet_id: '1000000000000000001' },
    });
    expect(res.status).toBe(403);
    expect(res.body.detail).toBe(
      'You attempted to reply to a Tweet that is deleted or not visible to you.',
    );
  });
});

describe('likes and quote posts since April 2026', () => {
  it('answers a self-serve app with client-forbidden, and an enterprise app with the like', async () => {
    const target = t.sim.controls.injectPost({ authorUsername: 'beatrix_b', text: 'Swatch day' });
    const like = () =>
      call(t.sim, `/2/users/${t.sim.accounts.brand.id}/likes`, {
        method: 'POST',
        token,
        body: { tweet_id: target },
      });
    const refused = await like();
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      title: 'Client Forbidden',
      type: 'https://api.twitter.com/2/problems/client-forbidden',
      reason: 'client-not-enrolled',
    });
    const quote = await post({ text: 'Love this', quote_tweet_id: target });
    expect(quote.status).toBe(403);
    expect(quote.body.type).toBe('https://api.twitter.com/2/problems/client-forbidden');

    t.sim.controls.setTier('enterprise');
    const before = (await call(t.sim, `/2/tweets/${target}?tweet.fields=public_metrics`, { token }))
      .body.data.public_metrics.like_count;
    expect((await like()).body).toEqual({ data: { liked: true } });
    const after = (await call(t.sim, `/2/tweets/${target}?tweet.fields=public_metrics`, { token }))
      .body.data.public_metrics.like_count;
    expect(after).toBe(before + 1);
    const unlike = await call(t.sim, `/2/users/${t.sim.accounts.brand.id}/likes/${target}`, {
      method: 'DELETE',
      token,
    });
    expect(unlike.body).toEqual({ data: { liked: false } });
  });
});

describe('reposts and deletes', () => {
  it('reposts and un-reposts, only for the signed-in user', async () => {
    const target = t.sim.controls.injectPost({
      authorUsername: 'inkjournal',
      text: 'Review: Sepia Tide',
    });
    const me = t.sim.accounts.brand.id;
    const res = await call(t.sim, `/2/users/${me}/retweets`, {
      method: 'POST',
      token,
      body: { tweet_id: target },
    });
    expect(res.body).toEqual({ data: { id: target, retweeted: true } });
    const timeline = await call(t.sim, `/2/users/${me}/tweets?max_results=5`, { token });
    expect(timeline.body.data[0].text).toBe('RT @inkjournal: Review: Sepia Tide');
    const metrics = await call(t.sim, `/2/tweets/${target}?tweet.fields=public_metrics`, { token });
    expect(metrics.body.data.public_metrics.retweet_count).toBe(1);
    const undo = await call(t.sim, `/2/users/${me}/retweets/${target}`, {
      method: 'DELETE',
      token,
    });
    expect(undo.body).toEqual({ data: { retweeted: false } });
    const after = await call(t.sim, `/2/users/${me}/tweets?max_results=5`, { token });
    expect(after.body.data[0].text).not.toBe('RT @inkjournal: Review: Sepia Tide');
    const forOther = await call(t.sim, `/2/users/${t.sim.accounts.personal.id}/retweets`, {
      method: 'POST',
      token,
      body: { tweet_id: target },
    });
    expect(forOther.status).toBe(403);
  });

  it('deletes own posts only', async () => {
    const id = (await post({ text: 'Oops, typo' })).body.data.id;
    expect((await call(t.sim, `/2/tweets/${id}`, { method: 'DELETE', token })).body).toEqual({
      data: { deleted: true },
    });
    expect((await call(t.sim, `/2/tweets/${id}`, { token })).body.errors[0].resource_type).toBe(
      'tweet',
    );
    expect(stored(id).deleted).toBe(true);
    const theirs = t.sim.controls.injectPost({ authorUsername: 'inkjournal', text: 'Not yours' });
    const refused = await call(t.sim, `/2/tweets/${theirs}`, { method: 'DELETE', token });
    expect(refused.status).toBe(403);
    const gone = await call(t.sim, `/2/tweets/${id}`, { method: 'DELETE', token });
    expect(gone.status).toBe(404);
  });
});
