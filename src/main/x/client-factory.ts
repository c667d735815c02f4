import http from 'node:http';
import type { Agent } from 'node:http';
import { TwitterApi, type ITwitterApiClientPlugin } from 'twitter-api-v2';

/** Where X lives; the simulator's URL replaces it in tests and demo mode. */
export const X_API_BASE_URL = 'https://api.x.com';

/** The hosts twitter-api-v2 has hard-wired; every request to them goes to the base URL. */
const X_HOSTS = new Set(['api.x.com', 'api.twitter.com']);

/** Moves a twitter-api-v2 URL from X's host to `baseUrl`, keeping its path and query. */
export function rebaseUrl(url: string, baseUrl: string): string {
  const from = new URL(url);
  if (!X_HOSTS.has(from.hostname)) return url;
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  return `${base.origin}${prefix}${from.pathname}${from.search}`;
}

/**
 * twitter-api-v2 has no base-URL setting, so a plugin rewrites each request's URL before the
 * library builds it. (Its own rate-limit and token-refresher plugins are deliberately absent:
 * see src/main/x/README.md.)
 */
export function baseUrlPlugin(baseUrl: string): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig({ params }) {
      params.url = rebaseUrl(params.url, baseUrl);
    },
  };
}

export interface TwitterClientOptions {
  /** X_API_BASE_URL for X itself, or the simulator's http://127.0.0.1:port. */
  baseUrl: string;
  /** Overrides the connection agent; by default http:// gets a plain http.Agent. */
  httpAgent?: Agent;
}

/**
 * A twitter-api-v2 client aimed at `baseUrl`. It carries no credentials: the X client sends
 * each request's bearer token itself, fresh from the accounts layer.
 */
export function createTwitterClient(o: TwitterClientOptions): TwitterApi {
  const base = new URL(o.baseUrl);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new Error(`The X API base URL must be http(s): ${o.baseUrl}`);
  }
  // The library sends everything through https.request, which accepts http:// only when
  // handed an http.Agent.
  const httpAgent = o.httpAgent ?? (base.protocol === 'http:' ? new http.Agent() : undefined);
  return new TwitterApi(undefined, {
    plugins: [baseUrlPlugin(o.baseUrl)],
    ...(httpAgent ? { httpAgent } : {}),
  });
}
