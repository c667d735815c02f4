import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, control as simControl, startTestSim, type TestSim } from '../helpers';

const MIN = 60 * 1000;
let t: TestSim;
let token: string;
beforeEach(async () => {
  t = await startTestSim();
  token = t.sim.issueTokens('quillory').access_token;
});
afterEach(() => t.close());

const lists = () => `/2/users/${t.sim.accounts.brand.id}/owned_lists`;
const control = (path: string, method = 'GET', body?: unknown) =>
  simControl(t.sim, path, { method, body });

describe('rate limits', () => {
  it('counts down in the headers, answers 429 past the limit, and resets after 15 minutes', async () => {
    const first = await call(t.sim, lists(), { token });
    expect(first.headers.get('x-rate-limit-limit')).toBe('15');
    expect(first.headers.get('x-rate-limit-remaining')).toBe('14');
    const reset = Number(first.headers.get('x-rate-limit-reset'));
    expect(reset).toBe(Math.ceil((t.clock.now() + 15 * MIN) / 1000));
    for (let i = 0; i < 14; i++) await call(t.sim, lists(), { token });
    const limited = await call(t.sim, lists(), { token });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      title: 'Too Many Requests',
      detail: 'Too Many Requests',
      type: 'about:blank',
      status: 429,
    });
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
    const personal = t.sim.issueTokens('maren_aldous').access_token;
    expect((await call(t.sim, lists(), { token: personal })).status).toBe(200);
    t.clock.advance(15 * MIN);
    expect((await call(t.sim, lists(), { token })).status).toBe(200);
  });

  it('sends X’s 24-hour cap headers beside the 15-minute ones, and a forced 429 says which is spent', async () => {
    const post = await call(t.sim, '/2/tweets', { method: 'POST', token, body: { text: 'Hi' } });
    expect(post.headers.get('x-rate-limit-limit')).toBe('100');
    expect(post.headers.get('x-app-limit-24hour-limit')).toBe('10000');
    expect(post.headers.get('x-app-limit-24hour-remaining')).toBe('9999');
    const dayReset = Math.ceil((t.clock.now() + 24 * 60 * MIN) / 1000);
    expect(post.headers.get('x-app-limit-24hour-reset')).toBe(String(dayReset));

    t.sim.controls.fault({ kind: '429', count: 1 });
    const minute = await call(t.sim, '/2/tweets', { method: 'POST', token, body: { text: 'a' } });
    expect(minute.status).toBe(429);
    expect(minute.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(minute.headers.get('x-app-limit-24hour-remaining')).toBe('9999');

    t.sim.controls.fault({ kind: '429', count: 1, window: '24hour' });
    const day = await call(t.sim, '/2/tweets', { method: 'POST', token, body: { text: 'b' } });
    expect(day.status).toBe(429);
    expect(day.headers.get('x-rate-limit-remaining')).toBe('99');
    expect(day.headers.get('x-app-limit-24hour-remaining')).toBe('0');
    expect(day.headers.get('x-app-limit-24hour-reset')).toBe(String(dayReset));

    // An endpoint X's table gives no daily cap shows the app's, spent, when one is forced.
    t.sim.controls.fault({ kind: '429', count: 1, window: '24hour' });
    const search = await call(t.sim, '/2/tweets/search/recent?query=ink', { token });
    expect(search.status).toBe(429);
    expect(search.headers.get('x-app-limit-24hour-remaining')).toBe('0');
    expect(search.headers.get('x-app-limit-24hour-limit')).toBe(String(300 * 96));
  });

  it('puts the headers on errors too', async () => {
    const bad = await call(t.sim, '/2/users/abc', { token });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-rate-limit-limit')).toBe('900');
    const unauth = await call(t.sim, '/2/users/me');
    expect(unauth.status).toBe(401);
    expect(unauth.headers.get('x-rate-limit-limit')).toBe('75');
  });
});

describe('faults', () => {
  it('answers a burst of 503s, then recovers', async () => {
    t.sim.controls.fault({ kind: '503', count: 2 });
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(503);
    const second = await call(t.sim, '/2/users/me', { token });
    expect(second.body).toEqual({
      title: 'Service Unavailable',
      detail: 'Service Unavailable',
      type: 'about:blank',
      status: 503,
    });
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(200);
  });

  it('holds answers back by simulated latency', async () => {
    t.sim.controls.fault({ kind: 'latency', ms: 5000, count: 1 });
    const parked = t.clock.nextTimer();
    let settled = false;
    const pending = call(t.sim, '/2/users/me', { token }).then((r) => {
      settled = true;
      return r;
    });
    // The simulator parks the answer on simulated time (its only timer): nothing else sends it.
    expect(await parked).toBe(5000);
    t.clock.advance(4999);
    expect(settled).toBe(false);
    t.clock.advance(1);
    expect((await pending).status).toBe(200);
  });

  it('drops connections', async () => {
    t.sim.controls.fault({ kind: 'drop', count: 1 });
    await expect(call(t.sim, '/2/users/me', { token })).rejects.toThrow();
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(200);
    expect(t.sim.controls.requests().map((r) => r.status)).toEqual([0, 200]);
  });

  it('storms 429s for one token only', async () => {
    const other = t.sim.issueTokens('maren_aldous').access_token;
    t.sim.controls.fault({ kind: '429', token });
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(429);
    expect((await call(t.sim, '/2/users/me', { token: other })).status).toBe(200);
    t.sim.controls.clearFaults();
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(200);
  });

  it('revokes tokens', async () => {
    t.sim.controls.fault({ kind: 'revoke', token });
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(401);
  });

  it('answers 402 when credits run out', async () => {
    t.sim.controls.fault({ kind: '402' });
    const res = await call(t.sim, '/2/users/me', { token });
    expect(res.status).toBe(402);
    expect(res.body).toMatchObject({
      title: 'CreditsDepleted',
      type: 'https://api.twitter.com/2/problems/credits',
    });
  });

  it('is driven over HTTP too', async () => {
    expect((await control('faults', 'POST', { kind: '503', count: 1 })).status).toBe(200);
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(503);
    expect((await control('faults', 'POST', { kind: 'nonsense' })).status).toBe(400);
    await control('faults', 'POST', { kind: '402' });
    await control('faults', 'DELETE');
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(200);
  });
});

describe('usage', () => {
  it('counts each post once per token and UTC day, as X bills', async () => {
    t.clock.setWall(Date.parse('2026-09-01T23:30:00Z'));
    const late = t.sim.issueTokens('quillory').access_token;
    const mentions = `/2/users/${t.sim.accounts.brand.id}/mentions?max_results=5&expansions=author_id`;
    const page = await call(t.sim, mentions, { token: late });
    await call(t.sim, mentions, { token: late });
    await call(t.sim, `/2/tweets/${page.body.data[0].id}`, { token: late });
    const [row] = t.sim.controls.usage();
    expect(row).toMatchObject({
      token: late,
      userId: t.sim.accounts.brand.id,
      day: '2026-09-01',
      posts: 5,
    });
    expect(row!.users).toBe(page.body.includes.users.length);

    t.clock.advance(60 * MIN);
    await call(t.sim, `/2/tweets/${page.body.data[0].id}`, { token: late });
    await call(t.sim, `/2/users/${t.sim.accounts.brand.id}`, { token: late });
    const rows = (await control('usage')).body.usage;
    expect(
      rows.map((r: { token: string; day: string; posts: number; users: number }) => [
        r.token,
        r.day,
        r.posts,
        r.users,
      ]),
    ).toEqual([
      [late, '2026-09-01', 5, row!.users],
      [late, '2026-09-02', 1, 1],
    ]);
  });
});

describe('usage per developer app', () => {
  it('bills a post read by two accounts of the same app once that day', async () => {
    const brand = t.sim.issueTokens('quillory').access_token;
    const personal = t.sim.issueTokens('maren_aldous').access_token;
    const search = '/2/tweets/search/recent?query=quillory&max_results=10';
    const a = await call(t.sim, search, { token: brand });
    await call(t.sim, search, { token: personal });
    const perToken = t.sim.controls.usage().map((r) => r.posts);
    expect(perToken).toEqual([a.body.data.length, a.body.data.length]);
    const [app] = (await control('usage')).body.apps;
    expect(app).toMatchObject({ clientId: 'timedeck-demo', posts: a.body.data.length });
  });
});

describe('the request log and injected posts', () => {
  it('records every API request with its user and status', async () => {
    await call(t.sim, '/2/users/me', { token });
    await call(t.sim, '/2/users/me');
    await control('usage');
    expect((await control('requests')).body.requests).toEqual([
      {
        at: t.clock.now(),
        method: 'GET',
        path: '/2/users/me',
        userId: t.sim.accounts.brand.id,
        status: 200,
      },
      { at: t.clock.now(), method: 'GET', path: '/2/users/me', userId: null, status: 401 },
    ]);
  });

  it('injects posts over HTTP and finds them again', async () => {
    const res = await control('posts', 'POST', {
      authorUsername: 'claire_ecrit',
      text: '@quillory Livrez-vous en France ?',
      lang: 'fr',
    });
    expect(res.status).toBe(201);
    const found = await control(`posts/${res.body.id}`);
    expect(found.body.post).toMatchObject({
      id: res.body.id,
      author: 'claire_ecrit',
      lang: 'fr',
      origin: 'injected',
    });
    expect((await control('posts', 'POST', { authorUsername: 'nobody', text: 'x' })).status).toBe(
      400,
    );
  });

  it('switches tier over HTTP', async () => {
    const target = t.sim.controls.injectPost({ authorUsername: 'beatrix_b', text: 'Swatch day' });
    await control('tier', 'POST', { tier: 'enterprise' });
    const like = await call(t.sim, `/2/users/${t.sim.accounts.brand.id}/likes`, {
      method: 'POST',
      token,
      body: { tweet_id: target },
    });
    expect(like.status).toBe(200);
  });
});
