import type { WriteKind } from '../../shared/x/spend';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/** What X bills for a successful call (docs: Pricing). */
export type Billing =
  | { kind: 'read'; resource: 'post' | 'user' | 'list'; ownedWhenSelf: boolean }
  | { kind: 'write'; write: WriteKind | 'byPostContent' }
  | { kind: 'none' };

export interface EndpointSpec {
  method: HttpMethod;
  /** X's path, under /2/, with :params. */
  path: string;
  /** X's documented 15-minute limits (docs: Rate limits); undefined where X lists none. */
  perUser15m: number;
  perApp15m?: number;
  billing: Billing;
  /** Called with the app's bearer token only, never an account's (X refuses user context). */
  appOnly?: boolean;
}

const read = (resource: 'post' | 'user' | 'list', ownedWhenSelf = false): Billing => ({
  kind: 'read',
  resource,
  ownedWhenSelf,
});
const write = (w: WriteKind | 'byPostContent'): Billing => ({ kind: 'write', write: w });

/**
 * Every X endpoint Timedeck calls. Rate-limit state and cost accounting key on these names, so
 * the poller and the UI speak of "searchRecent", not of URLs.
 *
 * Owned reads: X prices /2/users/{id}/tweets, /mentions and /owned_lists at the owned-read rate
 * when {id} is the signed-in user (and that user owns the developer app).
 */
export const ENDPOINTS = {
  me: { method: 'GET', path: 'users/me', perUser15m: 75, billing: read('user') },
  userById: {
    method: 'GET',
    path: 'users/:id',
    perUser15m: 900,
    perApp15m: 300,
    billing: read('user'),
  },
  userByUsername: {
    method: 'GET',
    path: 'users/by/username/:username',
    perUser15m: 900,
    perApp15m: 300,
    billing: read('user'),
  },
  searchRecent: {
    method: 'GET',
    path: 'tweets/search/recent',
    perUser15m: 300,
    perApp15m: 450,
    billing: read('post'),
  },
  mentions: {
    method: 'GET',
    path: 'users/:id/mentions',
    perUser15m: 300,
    perApp15m: 450,
    billing: read('post', true),
  },
  userPosts: {
    method: 'GET',
    path: 'users/:id/tweets',
    perUser15m: 900,
    perApp15m: 10_000,
    billing: read('post', true),
  },
  homeTimeline: {
    method: 'GET',
    path: 'users/:id/timelines/reverse_chronological',
    perUser15m: 180,
    billing: read('post'),
  },
  listPosts: {
    method: 'GET',
    path: 'lists/:id/tweets',
    perUser15m: 900,
    perApp15m: 900,
    billing: read('post'),
  },
  ownedLists: {
    method: 'GET',
    path: 'users/:id/owned_lists',
    perUser15m: 15,
    perApp15m: 15,
    billing: read('list', true),
  },
  post: {
    method: 'GET',
    path: 'tweets/:id',
    perUser15m: 900,
    perApp15m: 450,
    billing: read('post'),
  },
  createPost: {
    method: 'POST',
    path: 'tweets',
    perUser15m: 100,
    billing: write('byPostContent'),
  },
  deletePost: {
    method: 'DELETE',
    path: 'tweets/:id',
    perUser15m: 50,
    billing: write('contentManage'),
  },
  repost: {
    method: 'POST',
    path: 'users/:id/retweets',
    perUser15m: 50,
    billing: write('interactionCreate'),
  },
  unrepost: {
    method: 'DELETE',
    path: 'users/:id/retweets/:tweet_id',
    perUser15m: 50,
    billing: write('interactionDelete'),
  },
  like: {
    method: 'POST',
    path: 'users/:id/likes',
    perUser15m: 50,
    billing: write('interactionCreate'),
  },
  /**
   * App-only (the app's bearer token, not an account's): how many posts matched a query over
   * the last 7 days. Billed per request (Counts: Recent). X lists no per-user limit: 0 here.
   */
  countsRecent: {
    method: 'GET',
    path: 'tweets/counts/recent',
    perUser15m: 0,
    perApp15m: 300,
    billing: write('countsRecent'),
    appOnly: true,
  },
} as const satisfies Record<string, EndpointSpec>;

export type EndpointKey = keyof typeof ENDPOINTS;

export const ENDPOINT_KEYS = Object.keys(ENDPOINTS) as EndpointKey[];

/**
 * Which endpoint a twitter-api-v2 request is, from its method and its URL template (the
 * library keeps `:id` in the URL and fills it in later): the typed methods use X's own paths,
 * the same as the table above. `baseUrl` is where the client is aimed, path prefix included.
 */
export function endpointOfRequest(
  method: string,
  url: string,
  baseUrl: string,
): EndpointKey | undefined {
  const prefix = `${new URL(baseUrl).pathname.replace(/\/+$/, '')}/2/`;
  const path = new URL(url).pathname;
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length);
  const verb = method.toUpperCase();
  return ENDPOINT_KEYS.find((k) => ENDPOINTS[k].method === verb && ENDPOINTS[k].path === rest);
}
