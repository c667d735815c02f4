import { describe, expect, it } from 'vitest';
import { rebaseUrl } from '../../../../src/main/x/client-factory';
import {
  ENDPOINTS,
  ENDPOINT_KEYS,
  fillPath,
  type EndpointSpec,
} from '../../../../src/main/x/endpoints';
import { postCreateKind } from '../../../../src/shared/x/prices';

describe('pointing twitter-api-v2 elsewhere', () => {
  it.each([
    [
      'https://api.x.com/2/tweets/search/recent?query=a',
      'http://127.0.0.1:4010',
      'http://127.0.0.1:4010/2/tweets/search/recent?query=a',
    ],
    [
      'https://api.twitter.com/2/users/me',
      'http://127.0.0.1:4010/',
      'http://127.0.0.1:4010/2/users/me',
    ],
    [
      'https://api.x.com/2/oauth2/token',
      'http://localhost:9/x-sim',
      'http://localhost:9/x-sim/2/oauth2/token',
    ],
    ['https://api.x.com/2/users/me', 'https://api.x.com', 'https://api.x.com/2/users/me'],
    ['https://example.com/2/users/me', 'http://127.0.0.1:4010', 'https://example.com/2/users/me'],
  ])('%s with base %s goes to %s', (url, base, expected) => {
    expect(rebaseUrl(url, base)).toBe(expected);
  });
});

describe('the endpoint table', () => {
  it('fills path parameters, encoded so that an id cannot reshape the path', () => {
    expect(fillPath(ENDPOINTS.unrepost.path, { id: '1', tweet_id: '2' })).toBe(
      'users/1/retweets/2',
    );
    expect(fillPath(ENDPOINTS.userByUsername.path, { username: '../me?x=1' })).toBe(
      'users/by/username/..%2Fme%3Fx%3D1',
    );
    expect(() => fillPath(ENDPOINTS.post.path, {})).toThrow(/Missing path parameter "id"/);
  });

  it('gives every endpoint a limit and reads a billing class', () => {
    for (const key of ENDPOINT_KEYS) {
      const spec: EndpointSpec = ENDPOINTS[key];
      // App-only endpoints (counts) are limited per app, and billed per request.
      if (spec.appOnly) expect(spec.perApp15m, key).toBeGreaterThan(0);
      else expect(spec.perUser15m, key).toBeGreaterThan(0);
      expect(spec.billing.kind === 'read').toBe(spec.method === 'GET' && !spec.appOnly);
    }
  });
});

describe('which price a new post costs', () => {
  it.each([
    ['Hello from Acme', false, 'postCreate'],
    ['New menu: https://acme.co/menu', false, 'postCreateWithUrl'],
    ['See acme.co for hours', false, 'postCreateWithUrl'],
    ['Thanks! https://acme.example', true, 'replySummoned'],
    ['Thanks!', true, 'replySummoned'],
    ['#deal $ACME @pat', false, 'postCreate'],
    ['Not a link: acme.example', false, 'postCreate'], // X links only known top-level domains
  ] as const)('%j (reply: %s) is %s', (text, isReply, kind) => {
    expect(postCreateKind(text, isReply)).toBe(kind);
  });
});
