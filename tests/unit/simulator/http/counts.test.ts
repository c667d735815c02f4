import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../../src/simulator/rate-limiter';
import { T0, call, startTestSim, type TestSim } from '../helpers';

/** GET /2/tweets/counts/recent over real HTTP: app-only, search's query rules, X's buckets. */
let t: TestSim;
let app: string;
let user: string;
const counts = (params: Record<string, string>, token = app) =>
  call(t.sim, `/2/tweets/counts/recent?${new URLSearchParams(params).toString()}`, { token });
const search = async (query: string) => {
  const ids: string[] = [];
  let next: string | undefined;
  do {
    const p = new URLSearchParams({
      query,
      max_results: '100',
      ...(next ? { next_token: next } : {}),
    });
    const res = await call(t.sim, `/2/tweets/search/recent?${p.toString()}`, { token: user });
    ids.push(...((res.body.data ?? []) as Array<{ id: string }>).map((d) => d.id));
    next = res.body.meta?.next_token;
  } while (next);
  return ids;
};

beforeAll(async () => {
  t = await startTestSim({
    oauthClients: [
      { clientId: 'timedeck-demo', redirectUris: ['http://127.0.0.1:53682/callback'] },
      { clientId: 'backend', clientSecret: 'secret', redirectUris: ['http://127.0.0.1:9/cb'] },
    ],
  });
  app = t.sim.issueAppToken();
  user = t.sim.issueTokens('quillory').access_token;
});
afterAll(() => t.close());

describe('counts/recent', () => {
  it('counts, a day at a time, exactly the posts recent search finds for the query', async () => {
    const query = 'quillory OR ink OR pen';
    const res = await counts({ query, granularity: 'day' });
    expect(res.status).toBe(200);
    const found = await search(query);
    expect(found.length).toBeGreaterThan(0);
    expect(res.body.meta.total_tweet_count).toBe(found.length);
    const buckets = res.body.data as Array<{ start: string; end: string; tweet_count: number }>;
    expect(buckets.reduce((n, b) => n + b.tweet_count, 0)).toBe(found.length);
    // Seven days, cut at UTC midnights: eight buckets, each ending where the next starts.
    expect(buckets).toHaveLength(8);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.start).toBe(buckets[i - 1]!.end);
    expect(buckets[1]!.start).toMatch(/T00:00:00\.000Z$/);
  });

  it('buckets by the hour by default', async () => {
    const res = await counts({ query: 'ink' });
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThanOrEqual(7 * 24);
  });

  it('applies search operators as search does', async () => {
    const all = (await counts({ query: 'ink', granularity: 'day' })).body.meta.total_tweet_count;
    const fromOne = await counts({ query: 'ink from:maren_aldous', granularity: 'day' });
    const without = await counts({ query: 'ink -from:maren_aldous', granularity: 'day' });
    expect(fromOne.body.meta.total_tweet_count + without.body.meta.total_tweet_count).toBe(all);
    expect(fromOne.body.meta.total_tweet_count).toBe(
      (await search('ink from:maren_aldous')).length,
    );
    expect(
      (await counts({ query: 'zzzyzzx', granularity: 'day' })).body.meta.total_tweet_count,
    ).toBe(0);
  });

  it('refuses a query over 512 characters and a broken one, with X’s messages', async () => {
    const long = Array.from({ length: 110 }, (_, i) => `w${i}`).join(' OR ');
    expect(long.length).toBeGreaterThan(512);
    const tooLong = await counts({ query: long });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.body)).toMatch(/512/);
    const broken = await counts({ query: 'quillory (ink' });
    expect(broken.status).toBe(400);
    expect((await counts({ query: 'ink', granularity: 'week' })).status).toBe(400);
  });

  it('takes only an app-only bearer token, and is limited to 300 requests per 15 minutes per app', async () => {
    const asUser = await counts({ query: 'ink' }, user);
    expect(asUser.status).toBe(403);
    expect(asUser.body.type).toMatch(/unsupported-authentication/);
    const first = await counts({ query: 'ink' });
    const second = await counts({ query: 'ink' });
    expect(first.headers.get('x-rate-limit-limit')).toBe('300');
    expect(Number(second.headers.get('x-rate-limit-remaining'))).toBe(
      Number(first.headers.get('x-rate-limit-remaining')) - 1,
    );
    // The window itself, without 300 requests over HTTP.
    const limiter = new RateLimiter();
    const caller = { kind: 'app', clientId: 'backend' } as const;
    for (let i = 0; i < 300; i++)
      expect(limiter.check('GET /2/tweets/counts/recent', caller, T0).allowed).toBe(true);
    expect(limiter.check('GET /2/tweets/counts/recent', caller, T0).allowed).toBe(false);
    expect(limiter.check('GET /2/tweets/counts/recent', caller, T0 + 15 * 60_000).allowed).toBe(
      true,
    );
  });

  it('bills each request once (Counts: Recent), and none of the posts it counted', () => {
    const usage = t.sim.controls.appUsage().find((r) => r.clientId === 'backend')!;
    expect(usage.requests['GET /2/tweets/counts/recent']).toBeGreaterThanOrEqual(8);
    expect(usage.posts).toBe(0);
  });
});
