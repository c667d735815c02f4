import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestSim, type TestSim } from '../helpers';

let t: TestSim;
let token: string;
let brandId: string;
let personalId: string;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  t = await startTestSim();
  token = t.sim.issueTokens('quillory').access_token;
  brandId = t.sim.accounts.brand.id;
  personalId = t.sim.accounts.personal.id;
});
afterAll(() => t.close());

const get = (path: string, tok = token) => call(t.sim, path, { token: tok });
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('users', () => {
  it('knows the two demo accounts', () => {
    expect(t.sim.accounts.brand).toEqual({
      id: brandId,
      username: 'quillory',
      name: 'Quillory Pens & Ink',
    });
    expect(t.sim.accounts.personal.username).toBe('maren_aldous');
  });

  it('answers /2/users/me with only id, name and username unless asked for more', async () => {
    expect((await get('/2/users/me')).body).toEqual({
      data: { id: brandId, name: 'Quillory Pens & Ink', username: 'quillory' },
    });
    const more = await get(
      `/2/users/me?${q({ 'user.fields': 'created_at,public_metrics,verified,profile_image_url' })}`,
    );
    expect(more.body.data).toMatchObject({
      created_at: '2019-03-14T10:02:11.000Z',
      verified: true,
      public_metrics: { followers_count: 4820 },
      // The simulator serves its own pictures: demo mode makes no request off the machine.
      profile_image_url: `${t.sim.url}/media/avatars/quillory.svg`,
    });
  });

  it('looks users up by id and by username, and answers misses as X does', async () => {
    expect((await get(`/2/users/${personalId}`)).body.data.username).toBe('maren_aldous');
    expect((await get('/2/users/by/username/MAREN_ALDOUS')).body.data.id).toBe(personalId);
    const missing = await get('/2/users/by/username/nobody_here');
    expect(missing.status).toBe(200);
    expect(missing.body).toEqual({
      errors: [
        {
          value: 'nobody_here',
          detail: 'Could not find user with username: [nobody_here].',
          title: 'Not Found Error',
          resource_type: 'user',
          parameter: 'username',
          resource_id: 'nobody_here',
          type: 'https://api.twitter.com/2/problems/resource-not-found',
        },
      ],
    });
    const bad = await get('/2/users/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toEqual({
      parameters: { id: ['abc'] },
      message: 'The `id` query parameter value [abc] does not match ^[0-9]{1,19}$',
    });
  });

  it('expands the most recent post', async () => {
    const res = await get(
      `/2/users/${brandId}?${q({ 'user.fields': 'most_recent_tweet_id', expansions: 'most_recent_tweet_id' })}`,
    );
    expect(res.body.includes.tweets[0].id).toBe(res.body.data.most_recent_tweet_id);
  });
});

describe('posts and fields', () => {
  it('shows only id, text and edit_history_tweet_ids by default', async () => {
    const timeline = await get(`/2/users/${brandId}/tweets?max_results=5`);
    for (const post of timeline.body.data)
      expect(Object.keys(post).sort()).toEqual(['edit_history_tweet_ids', 'id', 'text']);
    const one = await get(`/2/tweets/${timeline.body.data[0].id}`);
    expect(Object.keys(one.body.data).sort()).toEqual(['edit_history_tweet_ids', 'id', 'text']);
  });

  it('adds the fields asked for and the expansions into includes', async () => {
    const fields =
      'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,entities,public_metrics,lang,attachments';
    const search = await get(
      `/2/tweets/search/recent?${q({ query: 'converter is:reply', 'tweet.fields': fields, expansions: 'author_id,referenced_tweets.id,in_reply_to_user_id,referenced_tweets.id.author_id', 'user.fields': 'description' })}`,
    );
    const reply = search.body.data[0];
    expect(reply).toMatchObject({
      created_at: expect.stringMatching(/Z$/),
      author_id: expect.any(String),
      conversation_id: expect.any(String),
      in_reply_to_user_id: expect.any(String),
      referenced_tweets: [{ type: 'replied_to', id: expect.any(String) }],
      lang: 'en',
      public_metrics: {
        retweet_count: expect.any(Number),
        reply_count: expect.any(Number),
        like_count: expect.any(Number),
        quote_count: expect.any(Number),
        bookmark_count: expect.any(Number),
        impression_count: expect.any(Number),
      },
    });
    const userIds = search.body.includes.users.map((u: { id: string }) => u.id);
    expect(userIds).toContain(reply.author_id);
    expect(userIds).toContain(reply.in_reply_to_user_id);
    expect(search.body.includes.users[0].description).toEqual(expect.any(String));
    expect(search.body.includes.tweets.map((p: { id: string }) => p.id)).toContain(
      reply.referenced_tweets[0].id,
    );
  });

  it('expands media with media.fields', async () => {
    const res = await get(
      `/2/tweets/search/recent?${q({ query: 'quillory OR ink OR pen OR converter has:media', expansions: 'attachments.media_keys', 'tweet.fields': 'attachments', 'media.fields': 'url,width,height,alt_text,preview_image_url', max_results: '100' })}`,
    );
    const withMedia = res.body.data.find((p: { attachments?: unknown }) => p.attachments);
    const keys: string[] = withMedia.attachments.media_keys;
    const media = res.body.includes.media.filter((m: { media_key: string }) =>
      keys.includes(m.media_key),
    );
    expect(media).toHaveLength(keys.length);
    expect(media[0]).toMatchObject({
      type: expect.stringMatching(/photo|video|animated_gif/),
      width: expect.any(Number),
      alt_text: expect.any(String),
    });
  });

  it('answers a missing post with a 200 and a resource-not-found error', async () => {
    const res = await get('/2/tweets/1000000000000000001');
    expect(res.status).toBe(200);
    expect(res.body.errors[0]).toMatchObject({
      resource_type: 'tweet',
      parameter: 'id',
      detail: 'Could not find tweet with id: [1000000000000000001].',
    });
  });
});

describe('timelines and paging', () => {
  it('pages the mentions timeline with next and previous tokens, without overlap', async () => {
    const first = await get(`/2/users/${brandId}/mentions?max_results=5`);
    expect(first.body.meta).toMatchObject({
      result_count: 5,
      newest_id: first.body.data[0].id,
      oldest_id: first.body.data[4].id,
      next_token: expect.any(String),
    });
    expect(first.body.meta.previous_token).toBeUndefined();
    const second = await get(
      `/2/users/${brandId}/mentions?max_results=5&pagination_token=${first.body.meta.next_token}`,
    );
    const firstIds = first.body.data.map((p: { id: string }) => p.id);
    expect(second.body.data.some((p: { id: string }) => firstIds.includes(p.id))).toBe(false);
    expect(BigInt(second.body.data[0].id)).toBeLessThan(BigInt(first.body.data[4].id));
    const back = await get(
      `/2/users/${brandId}/mentions?max_results=5&pagination_token=${second.body.meta.previous_token}`,
    );
    expect(back.body.data.map((p: { id: string }) => p.id)).toEqual(firstIds);
    for (const p of [...first.body.data, ...second.body.data])
      expect(p.text.toLowerCase()).toContain('@quillory');
  });

  it('polls with since_id: nothing new until the clock moves, then the new posts', async () => {
    const newest = (await get(`/2/users/${brandId}/mentions?max_results=5`)).body.meta.newest_id;
    const quiet = await get(`/2/users/${brandId}/mentions?since_id=${newest}`);
    expect(quiet.body).toEqual({ meta: { result_count: 0 } });
    const id = t.sim.controls.injectPost({
      authorUsername: 'inkyfingers_jo',
      text: '@quillory is the Sepia Tide back in stock?',
    });
    const fresh = await get(`/2/users/${brandId}/mentions?since_id=${newest}`);
    expect(fresh.body.data.map((p: { id: string }) => p.id)).toEqual([id]);
    t.clock.advance(24 * HOUR);
    token = t.sim.issueTokens('quillory').access_token;
    const day = await get(`/2/users/${brandId}/mentions?since_id=${id}&max_results=100`);
    expect(day.body.meta.result_count).toBeGreaterThan(3);
  });

  it('leaves replies and reposts out of a user timeline on request', async () => {
    const all = await get(
      `/2/users/${brandId}/tweets?max_results=100&tweet.fields=referenced_tweets`,
    );
    const kinds = (body: { data: Array<{ referenced_tweets?: Array<{ type: string }> }> }) =>
      new Set(body.data.flatMap((p) => (p.referenced_tweets ?? []).map((r) => r.type)));
    expect(kinds(all.body)).toEqual(new Set(['replied_to', 'retweeted']));
    const originals = await get(
      `/2/users/${brandId}/tweets?max_results=100&tweet.fields=referenced_tweets&exclude=replies,retweets`,
    );
    expect(kinds(originals.body).size).toBe(0);
    expect(originals.body.data.length).toBeGreaterThan(0);
  });

  it('builds each home timeline from the account and whom it follows, and only for the signed-in user', async () => {
    const home = await get(
      `/2/users/${brandId}/timelines/reverse_chronological?max_results=100&tweet.fields=author_id`,
    );
    expect(home.body.meta.result_count).toBe(100);
    const authors = new Set(home.body.data.map((p: { author_id: string }) => p.author_id));
    expect(authors.has(brandId) && authors.has(personalId)).toBe(true);
    const other = await get(`/2/users/${personalId}/timelines/reverse_chronological`);
    expect(other.status).toBe(403);
    const personalToken = t.sim.issueTokens('maren_aldous').access_token;
    expect(
      (await get(`/2/users/${personalId}/timelines/reverse_chronological`, personalToken)).status,
    ).toBe(200);
  });

  it('lists the owned lists and the posts of their members', async () => {
    const owned = await get(
      `/2/users/${brandId}/owned_lists?${q({ 'list.fields': 'member_count,owner_id,description', expansions: 'owner_id' })}`,
    );
    expect(owned.body.data.map((l: { name: string }) => l.name).sort()).toEqual([
      'Stationery peers',
      'Trade & wholesale',
    ]);
    expect(owned.body.includes.users[0].id).toBe(brandId);
    const firstPage = await get(`/2/users/${brandId}/owned_lists?max_results=1`);
    expect(firstPage.body.meta.next_token.length).toBeLessThanOrEqual(19);
    const peers = owned.body.data.find((l: { name: string }) => l.name === 'Stationery peers');
    const posts = await get(`/2/lists/${peers.id}/tweets?max_results=20&tweet.fields=author_id`);
    expect(posts.body.meta).toMatchObject({ result_count: 20, next_token: expect.any(String) });
    expect(posts.body.meta.newest_id).toBeUndefined();
    const members = new Set([
      personalId,
      ...(await Promise.all(
        [
          'nibsmith_tom',
          'paperandpulp',
          'inkjournal',
          'stationerypod',
          'ledgerandloom',
          'hana_makes',
        ].map(async (u) => (await get(`/2/users/by/username/${u}`)).body.data.id),
      )),
    ]);
    for (const p of posts.body.data) expect(members.has(p.author_id)).toBe(true);
    expect((await get('/2/lists/1234567890/tweets')).body.errors[0].resource_type).toBe('list');
  });

  it.each([
    ['/2/tweets/search/recent?query=ink&max_results=9', '[9] is not between 10 and 100'],
    ['/2/tweets/search/recent?query=ink&max_results=101', '[101] is not between 10 and 100'],
    ['/2/users/BRAND/tweets?max_results=4', '[4] is not between 5 and 100'],
    ['/2/users/BRAND/mentions?max_results=4', '[4] is not between 5 and 100'],
    [
      '/2/users/BRAND/timelines/reverse_chronological?max_results=0',
      '[0] is not between 1 and 100',
    ],
    ['/2/users/BRAND/owned_lists?max_results=101', '[101] is not between 1 and 100'],
    ['/2/users/BRAND/tweets?pagination_token=garbage', '[garbage] is not a valid token'],
    ['/2/users/BRAND/tweets?colour=blue', 'The query parameter [colour] is not one of'],
  ])('refuses %s', async (path, message) => {
    const res = await get(path.replace('BRAND', brandId));
    expect(res.status).toBe(400);
    expect(res.contentType).toBe('application/problem+json');
    expect(res.body.title).toBe('Invalid Request');
    expect(res.body.errors[0].message).toContain(message);
  });
});

describe('recent search', () => {
  const search = async (query: string, extra: Record<string, string> = {}) =>
    (
      await get(
        `/2/tweets/search/recent?${q({ query, max_results: '100', 'tweet.fields': 'author_id,lang,referenced_tweets,created_at', ...extra })}`,
      )
    ).body;

  it('finds the brand under its misspellings, which a plain @mention search misses', async () => {
    const misspelled = await search('quilory OR quillery OR quillary OR quilery OR qillory');
    expect(misspelled.meta.result_count).toBeGreaterThan(0);
    for (const p of misspelled.data) expect(p.text).not.toMatch(/@quillory/i);
  });

  it('returns no reposts for keyword searches, but does for from: searches', async () => {
    const keyword = await search('quillory');
    expect(keyword.data.some((p: { text: string }) => p.text.startsWith('RT @'))).toBe(false);
    const fromOwner = await search('from:maren_aldous');
    expect(
      fromOwner.data.some((p: { referenced_tweets?: Array<{ type: string }> }) =>
        p.referenced_tweets?.some((r) => r.type === 'retweeted'),
      ),
    ).toBe(true);
  });

  it('filters by language and keeps to the last seven days', async () => {
    const french = await search('(quillory OR quilory OR encre) lang:fr');
    expect(french.meta.result_count).toBeGreaterThan(0);
    expect(french.data.every((p: { lang: string }) => p.lang === 'fr')).toBe(true);
    const oldest = Math.min(
      ...(await search('from:quillory')).data.map((p: { created_at: string }) =>
        Date.parse(p.created_at),
      ),
    );
    expect(oldest).toBeGreaterThanOrEqual(t.clock.now() - 7 * 24 * HOUR);
  });

  it('uses next_token across pages', async () => {
    const first = (await get(`/2/tweets/search/recent?${q({ query: 'from:quillory' })}`)).body;
    expect(first.meta.result_count).toBe(10);
    const second = (
      await get(
        `/2/tweets/search/recent?${q({ query: 'from:quillory', next_token: first.meta.next_token })}`,
      )
    ).body;
    expect(BigInt(second.data[0].id)).toBeLessThan(BigInt(first.meta.oldest_id));
    expect(second.meta.previous_token).toBeUndefined();
  });

  it("answers a bad query with X's 400", async () => {
    const res = await get(`/2/tweets/search/recent?${q({ query: 'quillory (ink' })}`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errors: [
        {
          parameters: { query: ['quillory (ink'] },
          message:
            "There were errors processing your request: missing ')' at '<EOF>' (at position 10)",
        },
      ],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    });
    const long = await get(
      `/2/tweets/search/recent?${q({ query: `quillory ${'x'.repeat(510)}` })}`,
    );
    expect(long.body.errors[0].message).toContain('at most 512 characters');
    const op = await get(`/2/tweets/search/recent?${q({ query: 'quillory sentiment:happy' })}`);
    expect(op.body.errors[0].message).toContain("Reference to invalid operator 'sentiment:'");
  });
});
