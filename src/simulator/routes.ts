import type { Handler } from './endpoints/context';
import { getOwnedLists } from './endpoints/lists';
import {
  createLike,
  createRetweet,
  createTweet,
  deleteLike,
  deleteRetweet,
  deleteTweet,
} from './endpoints/manage';
import { getRecentCounts } from './endpoints/counts';
import { getRecentSearch } from './endpoints/search';
import { getHomeTimeline, getListTweets, getMentions, getUserTweets } from './endpoints/timelines';
import { getTweet } from './endpoints/tweets';
import { getMe, getUserById, getUserByUsername } from './endpoints/users';

/**
 * Every X endpoint the simulator serves. `id` names the endpoint as X's rate-limit table does;
 * `specPath` is its path in X's OpenAPI document; `scopes` are the OAuth 2.0 scopes it needs.
 */
export interface Route {
  id: string;
  method: 'GET' | 'POST' | 'DELETE';
  specPath: string;
  /** User context only (no app-only bearer token). */
  userOnly: boolean;
  /** App-only bearer token only (no user context): X's counts endpoints. */
  appOnly: boolean;
  scopes: string[];
  /** What the answer's data holds, for billing. */
  resource: 'tweet' | 'user' | 'list' | 'none';
  handler: Handler;
}

const READ = ['tweet.read', 'users.read'];
const LIST_READ = ['list.read', 'tweet.read', 'users.read'];
const WRITE = ['tweet.read', 'tweet.write', 'users.read'];
const LIKE = ['like.write', 'tweet.read', 'users.read'];

function route(
  method: Route['method'],
  path: string,
  handler: Handler,
  options: {
    userOnly?: boolean;
    appOnly?: boolean;
    scopes: string[];
    resource: Route['resource'];
  },
): Route {
  return {
    id: `${method} ${path}`,
    method,
    specPath: path.replace(/:(\w+)/g, '{$1}'),
    userOnly: options.userOnly ?? false,
    appOnly: options.appOnly ?? false,
    scopes: options.scopes,
    resource: options.resource,
    handler,
  };
}

// Writes act as a signed-in user and answer no resource that costs a read.
const WRITE_ACTION = { userOnly: true, scopes: WRITE, resource: 'none' } as const;
const LIKE_ACTION = { ...WRITE_ACTION, scopes: LIKE } as const;

export const ROUTES: Route[] = [
  route('GET', '/2/users/me', getMe, { userOnly: true, scopes: READ, resource: 'user' }),
  route('GET', '/2/users/by/username/:username', getUserByUsername, {
    scopes: READ,
    resource: 'user',
  }),
  route('GET', '/2/users/:id', getUserById, { scopes: READ, resource: 'user' }),
  route('GET', '/2/tweets/search/recent', getRecentSearch, { scopes: READ, resource: 'tweet' }),
  // Billed per request (Counts: Recent), not per post: its answer holds no resource.
  route('GET', '/2/tweets/counts/recent', getRecentCounts, {
    appOnly: true,
    scopes: [],
    resource: 'none',
  }),
  route('GET', '/2/users/:id/mentions', getMentions, { scopes: READ, resource: 'tweet' }),
  route('GET', '/2/users/:id/tweets', getUserTweets, { scopes: READ, resource: 'tweet' }),
  route('GET', '/2/users/:id/timelines/reverse_chronological', getHomeTimeline, {
    userOnly: true,
    scopes: READ,
    resource: 'tweet',
  }),
  route('GET', '/2/lists/:id/tweets', getListTweets, { scopes: LIST_READ, resource: 'tweet' }),
  route('GET', '/2/users/:id/owned_lists', getOwnedLists, { scopes: LIST_READ, resource: 'list' }),
  route('GET', '/2/tweets/:id', getTweet, { scopes: READ, resource: 'tweet' }),
  route('POST', '/2/tweets', createTweet, WRITE_ACTION),
  route('DELETE', '/2/tweets/:id', deleteTweet, WRITE_ACTION),
  route('POST', '/2/users/:id/retweets', createRetweet, WRITE_ACTION),
  route('DELETE', '/2/users/:id/retweets/:source_tweet_id', deleteRetweet, WRITE_ACTION),
  route('POST', '/2/users/:id/likes', createLike, LIKE_ACTION),
  route('DELETE', '/2/users/:id/likes/:tweet_id', deleteLike, LIKE_ACTION),
];

export interface RouteMatch {
  route: Route;
  path: Record<string, string>;
}

const compiled = ROUTES.map((r) => {
  const keys: string[] = [];
  const pattern = new RegExp(
    `^${r.id.slice(r.method.length + 1).replace(/:(\w+)/g, (_, key: string) => {
      keys.push(key);
      return '([^/]+)';
    })}$`,
  );
  return { route: r, keys, pattern };
});

export function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  for (const c of compiled) {
    if (c.route.method !== method) continue;
    const m = c.pattern.exec(pathname);
    if (!m) continue;
    const path: Record<string, string> = {};
    c.keys.forEach((key, i) => (path[key] = decodeURIComponent(m[i + 1]!)));
    return { route: c.route, path };
  }
  return undefined;
}
