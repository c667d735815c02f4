import { describe, expect, it } from 'vitest';
import { rebaseUrl } from '../../../../src/main/x/client-factory';
import {
  ENDPOINTS,
  ENDPOINT_KEYS,
  endpointOfRequest,
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
  it('names the endpoint of every twitter-api-v2 request by its method and URL template', () => {
    const base = 'http://127.0.0.1:4010';
    const at = (path: string) => `${base}/2/${path}`;
    for (const key of ENDPOINT_KEYS) {
      const { method, path } = ENDPOINTS[key];
      expect(endpointOfRequest(method, at(path), base), key).toBe(key);
    }
    expect(endpointOfRequest('get', at('tweets/:id'), base)).toBe('post');
    expect(endpointOfRequest('DELETE', at('tweets/:id'), base)).toBe('deletePost');
    expect(endpointOfRequest('GET', at('users/me'), base)).toBe('me');
    // Under a base URL with a path, and not for what we do not call.
    expect(
      endpointOfRequest('GET', 'http://h:9/x-sim/2/users/:id/mentions', 'http://h:9/x-sim/'),
    ).toBe('mentions');
    expect(endpointOfRequest('GET', at('users/:id/followers'), base)).toBeUndefined();
    expect(endpointOfRequest('GET', 'http://h:9/1.1/users/me', 'http://h:9')).toBeUndefined();
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
