import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LIST_EXPANSIONS,
  LIST_FIELDS,
  MEDIA_FIELDS,
  PLACE_FIELDS,
  POLL_FIELDS,
  TWEET_EXPANSIONS,
  TWEET_FIELDS,
  USER_EXPANSIONS,
  USER_FIELDS,
} from '../../../../src/simulator/field-lists';
import type { ObservedAnswer } from '../../../../src/simulator/index';
import { MAX_RESULTS, encodeToken } from '../../../../src/simulator/paging';
import { ROUTES } from '../../../../src/simulator/routes';
import { call, startTestSim, type TestSim } from '../helpers';
import { ContractValidator, declaredQueryParams, enumOf, loadSpec, type Spec } from './openapi';

/**
 * The simulator may not drift from X's OpenAPI document: every kind of answer it gives (each
 * endpoint's success and empty answers, and every error) is validated against the response
 * schema the document declares for that path, method, status and content type.
 */
let spec: Spec;
let validator: ContractValidator;
let t: TestSim;
const answers: ObservedAnswer[] = [];

let token: string;
let brandId: string;
let personalId: string;
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

beforeAll(async () => {
  spec = loadSpec();
  validator = new ContractValidator(spec);
  t = await startTestSim({
    observe: (a) => answers.push(a),
    oauthClients: [
      { clientId: 'timedeck-demo', redirectUris: ['http://127.0.0.1:53682/callback'] },
      { clientId: 'backend', clientSecret: 'secret', redirectUris: ['http://127.0.0.1:9/cb'] },
    ],
  });
  token = t.sim.issueTokens('quillory').access_token;
  brandId = t.sim.accounts.brand.id;
  personalId = t.sim.accounts.personal.id;
  await exercise();
});
afterAll(() => t.close());

const get = (path: string, tok = token) => call(t.sim, path, { token: tok });
const send = (method: string, path: string, body?: unknown, tok = token) =>
  call(t.sim, path, { method, token: tok, body });

/** Every field and expansion X allows, so that every field the simulator renders is checked. */
const everyTweetField = () => ({
  'tweet.fields': TWEET_FIELDS.join(','),
  'user.fields': USER_FIELDS.join(','),
  'media.fields': MEDIA_FIELDS.join(','),
  'poll.fields': POLL_FIELDS.join(','),
  'place.fields': PLACE_FIELDS.join(','),
  expansions: TWEET_EXPANSIONS.join(','),
});
const everyUserField = () => ({
  'user.fields': USER_FIELDS.join(','),
  'tweet.fields': TWEET_FIELDS.join(','),
  expansions: USER_EXPANSIONS.join(','),
});
const everyListField = () => ({
  'list.fields': LIST_FIELDS.join(','),
  'user.fields': USER_FIELDS.join(','),
  expansions: LIST_EXPANSIONS.join(','),
});

/** A path that reaches each route, for the errors that come before the endpoint's own logic. */
function samplePath(routeId: string): { method: string; path: string; body?: unknown } {
  const [method, template] = routeId.split(' ') as [string, string];
  const path = template
    .replace(
      ':id',
      template.startsWith('/2/lists')
        ? '1359099725218332672'
        : template.startsWith('/2/tweets/')
          ? '2094741490399322116'
          : brandId,
    )
    .replace(':username', 'quillory')
    .replace(':source_tweet_id', '2094741490399322116')
    .replace(':tweet_id', '2094741490399322116');
  const body =
    method === 'POST'
      ? template === '/2/tweets'
        ? { text: 'Hello from the contract test' }
        : { tweet_id: '2094741490399322116' }
      : undefined;
  return {
    method,
    path:
      template === '/2/tweets/search/recent' || template === '/2/tweets/counts/recent'
        ? `${path}?query=quillory`
        : path,
    body,
  };
}

async function exercise(): Promise<void> {
  const all = everyTweetField();

  // Users.
  await get(`/2/users/me?${q(everyUserField())}`);
  await get(`/2/users/${brandId}?${q(everyUserField())}`);
  await get(`/2/users/123?${q(everyUserField())}`);
  await get('/2/users/abc');
  await get(`/2/users/by/username/maren_aldous?${q(everyUserField())}`);
  await get('/2/users/by/username/nobody_here');
  await get('/2/users/by/username/not-a-handle!');

  // Search: rich, empty and refused.
  await get(
    `/2/tweets/search/recent?${q({ query: 'quillory OR quilory OR ink OR pen', max_results: '100', ...all })}`,
  );
  await get(`/2/tweets/search/recent?${q({ query: 'from:maren_aldous is:retweet', ...all })}`);
  await get(`/2/tweets/search/recent?${q({ query: 'zzzyzzx' })}`);
  await get(`/2/tweets/search/recent?${q({ query: 'quillory (ink' })}`);
  await get(`/2/tweets/search/recent?${q({ query: 'has:media' })}`);
  await get(`/2/tweets/search/recent?${q({ query: 'ink', max_results: '5', colour: 'blue' })}`);

  // Counts (app-only): by day, hour and minute, with operators, empty, and refused.
  const app = t.sim.issueAppToken();
  await get(
    `/2/tweets/counts/recent?${q({ query: 'quillory OR ink -is:reply', granularity: 'day' })}`,
    app,
  );
  await get(`/2/tweets/counts/recent?${q({ query: 'from:maren_aldous has:links' })}`, app);
  await get(
    `/2/tweets/counts/recent?${q({ query: 'ink', granularity: 'minute', start_time: new Date(t.clock.now() - 3_600_000).toISOString(), 'search_count.fields': 'start,end,tweet_count' })}`,
    app,
  );
  await get(`/2/tweets/counts/recent?${q({ query: 'zzzyzzx', granularity: 'day' })}`, app);
  await get(`/2/tweets/counts/recent?${q({ query: 'x'.repeat(513) })}`, app);
  await get(`/2/tweets/counts/recent?${q({ query: 'quillory (ink' })}`, app);
  await get(`/2/tweets/counts/recent?${q({ query: 'ink', granularity: 'week' })}`, app);

  // Timelines.
  const mentions = await get(`/2/users/${brandId}/mentions?${q({ max_results: '100', ...all })}`);
  await get(
    `/2/users/${brandId}/mentions?${q({ max_results: '5', pagination_token: mentions.body.meta.next_token ?? '' })}`,
  );
  await get(`/2/users/${brandId}/mentions?since_id=${mentions.body.meta.newest_id}`);
  await get(`/2/users/123/mentions`);
  await get(`/2/users/${brandId}/tweets?${q({ max_results: '100', ...all })}`);
  await get(`/2/users/${brandId}/tweets?max_results=3`);
  await get(`/2/users/${brandId}/tweets?until_id=1000`);
  await get(
    `/2/users/${brandId}/timelines/reverse_chronological?${q({ max_results: '100', ...all })}`,
  );
  await get(`/2/users/${brandId}/timelines/reverse_chronological?since_id=9000000000000000000`);
  await get(`/2/users/${personalId}/timelines/reverse_chronological`);

  // Lists.
  const owned = await get(`/2/users/${brandId}/owned_lists?${q(everyListField())}`);
  await get(`/2/users/${brandId}/owned_lists?max_results=1`);
  const customer = (await get('/2/users/by/username/beatrix_b')).body.data.id;
  await get(`/2/users/${customer}/owned_lists`);
  await get(`/2/users/${brandId}/owned_lists?pagination_token=nonsense`);
  const listId = owned.body.data[0].id;
  await get(`/2/lists/${listId}/tweets?${q({ max_results: '100', ...all })}`);
  await get(
    `/2/lists/${listId}/tweets?pagination_token=${encodeToken({ direction: 'previous', id: 9000000000000000000n })}`,
  );
  await get('/2/lists/123/tweets');

  // Single posts, including a reference that no longer resolves (a partial error).
  for (const post of mentions.body.data.slice(0, 20)) await get(`/2/tweets/${post.id}?${q(all)}`);
  await get('/2/tweets/1000000000000000001');
  await get('/2/tweets/abc');
  const original = (await send('POST', '/2/tweets', { text: 'A post that will be deleted' })).body
    .data.id;
  const reply = t.sim.controls.injectPost({
    authorUsername: 'beatrix_b',
    text: 'Lovely!',
    inReplyToId: original,
  });
  await send('DELETE', `/2/tweets/${original}`);
  await get(`/2/tweets/${reply}?${q(all)}`);

  // Writes and their refusals.
  const summoned = t.sim.controls.injectPost({
    authorUsername: 'inkyfingers_jo',
    text: '@quillory is Sepia Tide back?',
  });
  const unsummoned = t.sim.controls.injectPost({
    authorUsername: 'tomsnotebooks',
    text: 'quillary notebooks are the best',
  });
  await send('POST', '/2/tweets', {
    text: 'Yes, this morning!',
    reply: { in_reply_to_tweet_id: summoned },
  });
  await send('POST', '/2/tweets', {
    text: 'Thank you!',
    reply: { in_reply_to_tweet_id: unsummoned },
  });
  await send('POST', '/2/tweets', { text: 'Same text' });
  await send('POST', '/2/tweets', { text: 'Same text' });
  await send('POST', '/2/tweets', { text: 'Quoting', quote_tweet_id: summoned });
  await send('POST', '/2/tweets', { text: 'x'.repeat(300) });
  await send('POST', '/2/tweets', { colour: 'blue' });
  await send('DELETE', `/2/tweets/${summoned}`);
  await send('DELETE', '/2/tweets/1000000000000000001');
  await send('POST', `/2/users/${brandId}/retweets`, { tweet_id: summoned });
  await send('POST', `/2/users/${brandId}/retweets`, { tweet_id: '1000000000000000001' });
  await send('POST', `/2/users/${personalId}/retweets`, { tweet_id: summoned });
  await send('DELETE', `/2/users/${brandId}/retweets/${summoned}`);
  await send('POST', `/2/users/${brandId}/likes`, { tweet_id: summoned });
  await send('DELETE', `/2/users/${brandId}/likes/${summoned}`);
  t.sim.controls.setTier('enterprise');
  await send('POST', `/2/users/${brandId}/likes`, { tweet_id: summoned });
  await send('DELETE', `/2/users/${brandId}/likes/${summoned}`);
  await send('POST', '/2/tweets', {
    text: 'Quoting, as an enterprise app',
    quote_tweet_id: summoned,
  });
  t.sim.controls.setTier('self-serve');

  // The errors every endpoint can give, whatever it does.
  const appToken = t.sim.issueAppToken();
  const readOnly = t.sim.issueTokens('maren_aldous', ['users.read']).access_token;
  for (const route of ROUTES) {
    const { method, path, body } = samplePath(route.id);
    await send(method, path, body, 'not-a-token');
    await send(method, path, body, readOnly);
    await send(method, path, body, appToken);
    await send(method, path, body, token);
    // The faults reach an endpoint only past its authentication: app-only ones need the app's.
    const accepted = route.appOnly ? appToken : token;
    for (const kind of ['429', '402', '503'] as const) {
      t.sim.controls.fault({ kind, count: 1, token: accepted });
      await send(method, path, body, accepted);
    }
  }
  // And a real rate limit, not a forced one.
  const jo = t.sim.issueTokens('inkyfingers_jo').access_token;
  for (let i = 0; i < 16; i++) await get(`/2/users/${personalId}/owned_lists`, jo);
}

const kind = (a: ObservedAnswer) => {
  const body = (a.body ?? {}) as {
    type?: string;
    errors?: Array<{ type?: string }>;
    meta?: { result_count?: number };
  };
  if (a.status < 300 && body.meta?.result_count === 0) return 'empty';
  if (a.status < 300 && body.errors && !('data' in body)) return 'not-found';
  if (a.status < 300) return 'success';
  return `${a.status} ${body.type ?? ''}`;
};

describe("the simulator's answers against X's OpenAPI document", () => {
  it('conform, every one of them', () => {
    expect(answers.length).toBeGreaterThan(ROUTES.length * 7);
    const failures = answers.flatMap((a) => validator.validate(a));
    expect(failures).toEqual([]);
  });

  it('cover every endpoint: success, and each error every endpoint can give', () => {
    for (const route of ROUTES) {
      const kinds = new Set(answers.filter((a) => a.routeId === route.id).map(kind));
      expect(kinds, route.id).toContain('success');
      for (const error of [
        '401 about:blank',
        '429 about:blank',
        '402 https://api.twitter.com/2/problems/credits',
        '503 about:blank',
      ]) {
        expect(kinds, `${route.id} ${error}`).toContain(error);
      }
      expect(kinds, route.id).toContain(
        route.userOnly || route.appOnly
          ? '403 https://api.twitter.com/2/problems/unsupported-authentication'
          : 'success',
      );
    }
  });

  it('cover the empty answer of every paged endpoint, and every other kind of error', () => {
    const paged = ROUTES.filter((r) => MAX_RESULTS[r.id]);
    for (const route of paged) {
      expect(new Set(answers.filter((a) => a.routeId === route.id).map(kind)), route.id).toContain(
        'empty',
      );
    }
    const all = new Set(answers.map(kind));
    for (const k of [
      '400 https://api.twitter.com/2/problems/invalid-request',
      '403 about:blank',
      '403 https://api.twitter.com/2/problems/client-forbidden',
      '404 https://api.twitter.com/2/problems/resource-not-found',
      'not-found',
    ]) {
      expect(all).toContain(k);
    }
    const partial = answers.some((a) => {
      const b = a.body as { data?: unknown; errors?: unknown[] };
      return a.status === 200 && b.data !== undefined && (b.errors?.length ?? 0) > 0;
    });
    expect(partial).toBe(true);
  });
});

describe('what the simulator accepts matches what X declares', () => {
  it('serves only operations the document has', () => {
    for (const route of ROUTES)
      expect(spec.paths[route.specPath]?.[route.method.toLowerCase()], route.id).toBeDefined();
  });

  it.each([
    ['TweetFieldsParameter', TWEET_FIELDS],
    ['UserFieldsParameter', USER_FIELDS],
    ['MediaFieldsParameter', MEDIA_FIELDS],
    ['ListFieldsParameter', LIST_FIELDS],
    ['PollFieldsParameter', POLL_FIELDS],
    ['PlaceFieldsParameter', PLACE_FIELDS],
    ['TweetExpansionsParameter', TWEET_EXPANSIONS],
    ['UserExpansionsParameter', USER_EXPANSIONS],
    ['ListExpansionsParameter', LIST_EXPANSIONS],
  ])('accepts exactly the values of %s', (parameter, values) => {
    expect([...values].sort()).toEqual([...enumOf(spec, parameter)].sort());
  });

  it('accepts exactly the query parameters each endpoint declares', async () => {
    const fresh = t.sim.issueTokens('quillory').access_token;
    const app = t.sim.issueAppToken();
    for (const route of ROUTES.filter((r) => r.method === 'GET')) {
      const { path } = samplePath(route.id);
      const res = await get(
        `${path}${path.includes('?') ? '&' : '?'}not_a_parameter=1`,
        route.appOnly ? app : fresh,
      );
      const message: string =
        res.body.errors?.find((e: { message: string }) =>
          e.message.startsWith('The query parameter [not_a_parameter]'),
        )?.message ?? '';
      const accepted = /is not one of \[(.*)\]$/.exec(message)?.[1]?.split(',') ?? [];
      expect(accepted.sort(), route.id).toEqual(
        declaredQueryParams(spec, route.specPath, route.method).sort(),
      );
    }
  });

  it('uses the max_results range each endpoint declares', () => {
    for (const route of ROUTES.filter((r) => MAX_RESULTS[r.id])) {
      const op = spec.paths[route.specPath]![route.method.toLowerCase()]!;
      const param = (
        op.parameters as Array<{ name?: string; schema?: { minimum?: number; maximum?: number } }>
      ).find((p) => p.name === 'max_results');
      expect(
        { min: MAX_RESULTS[route.id]!.min, max: MAX_RESULTS[route.id]!.max },
        route.id,
      ).toEqual({ min: param?.schema?.minimum, max: param?.schema?.maximum });
    }
  });
});
