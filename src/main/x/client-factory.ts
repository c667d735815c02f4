import http from 'node:http';
import type { Agent } from 'node:http';
import {
  ApiResponseError,
  TwitterApi,
  type ITwitterApiClientPlugin,
  type TwitterResponse,
} from 'twitter-api-v2';
import type { Clock } from '../../shared/time/clock';
import { endpointOfRequest, type EndpointKey } from './endpoints';
import type { Headers } from './rate-limits';
import type { RateLimitTracker } from './trackers';

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

/** One answer from X (or the simulator), as the client received it. */
export interface XAnswer {
  /** Which of our endpoints the request was; undefined for one we do not list. */
  endpoint: EndpointKey | undefined;
  status: number;
  headers: Headers;
}

/**
 * What every request of ours needs and the typed methods cannot say: a stall timeout; path
 * parameters URL-encoded (the library pastes them in raw, and a typed username must not reshape
 * the path); a JSON body whatever the base URL's path; and no copy of each answer's rate limit
 * kept inside the client for every URL it ever called (we keep our own, per endpoint).
 */
export function requestPlugin(o: { timeoutMs: number }): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig({ params }) {
      params.timeout ??= o.timeoutMs;
      params.enableRateLimitSave = false;
      if (params.params) {
        params.params = Object.fromEntries(
          Object.entries(params.params).map(([k, v]) => [
            k,
            v === undefined ? v : encodeURIComponent(String(v)),
          ]),
        );
      }
      if (params.method.toUpperCase() === 'POST') params.forceBodyMode = 'json';
    },
  };
}

/**
 * Hands every answer's status and headers to `onAnswer`, errors included: X's 15-minute and
 * 24-hour windows are in headers the typed methods do not return (their `rateLimit` carries
 * the 15-minute one only). Runs before the typed method resolves, so the caller sees the window
 * its own answer set.
 */
export function answerPlugin(
  baseUrl: string,
  onAnswer: (a: XAnswer) => void,
): ITwitterApiClientPlugin {
  const endpointOf = (method: string, url: string) => endpointOfRequest(method, url, baseUrl);
  return {
    onAfterRequest({ params, response }) {
      onAnswer({
        endpoint: endpointOf(params.method, params.url),
        status: 200,
        headers: response.headers,
      });
    },
    onResponseError({ params, error }) {
      if (error instanceof ApiResponseError) {
        onAnswer({
          endpoint: endpointOf(params.method, params.url),
          status: error.code,
          headers: error.headers,
        });
      }
    },
  };
}

/**
 * The typed `homeTimeline()` first asks `users/me` who the signed-in user is (once per client).
 * When we already know, this answers that bare question locally: no request, nothing billed.
 * Our own `me()` asks for user fields, so it still goes to X.
 */
export function selfPlugin(selfId: () => string | undefined): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig({ params }): TwitterResponse<unknown> | void {
      const id = selfId();
      const bare = params.query === undefined || Object.keys(params.query).length === 0;
      if (!id || !bare || params.method.toUpperCase() !== 'GET') return;
      if (!new URL(params.url).pathname.endsWith('/2/users/me')) return;
      return { data: { data: { id, name: '', username: '' } }, headers: {} };
    },
  };
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface TwitterClientOptions {
  /** X_API_BASE_URL for X itself, or the simulator's http://127.0.0.1:port. */
  baseUrl: string;
  /** The OAuth 2 user access token, or the app's bearer token, the client sends. */
  token: string;
  /** Overrides the connection agent; by default http:// gets a plain http.Agent. */
  httpAgent?: Agent;
  /** A request with no answer for this long (real time) fails. Default 30 s. */
  timeoutMs?: number;
  /** Every answer's endpoint, status and headers. */
  onAnswer?(a: XAnswer): void;
  /** The signed-in user's X id, where known (see selfPlugin). */
  selfId?(): string | undefined;
}

/** A twitter-api-v2 client aimed at `baseUrl`, sending `token` on every request. */
export function createTwitterClient(o: TwitterClientOptions): TwitterApi {
  const base = new URL(o.baseUrl);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new Error(`The X API base URL must be http(s): ${o.baseUrl}`);
  }
  // The library sends everything through https.request, which accepts http:// only when
  // handed an http.Agent.
  const httpAgent = o.httpAgent ?? (base.protocol === 'http:' ? new http.Agent() : undefined);
  const plugins = [
    ...(o.selfId ? [selfPlugin(o.selfId)] : []),
    baseUrlPlugin(o.baseUrl),
    requestPlugin({ timeoutMs: o.timeoutMs ?? DEFAULT_TIMEOUT_MS }),
    ...(o.onAnswer ? [answerPlugin(o.baseUrl, o.onAnswer)] : []),
  ];
  return new TwitterApi(o.token, { plugins, ...(httpAgent ? { httpAgent } : {}) });
}

/** Hands out the one client for the current token, building a new one only when it changes. */
export interface TwitterClients {
  forToken(token: string): TwitterApi;
  /** How many clients were built so far: one per token (and base URL), never one per call. */
  built(): number;
}

/**
 * One twitter-api-v2 client at a time for one account (or the app's bearer token): the same
 * client for every call while the token and the base URL stay the same; a new one, replacing
 * it, after a refresh or a new sign-in (a new token) or when the app is aimed elsewhere.
 */
export function createTwitterClients(
  o: Omit<TwitterClientOptions, 'baseUrl' | 'token'> & { baseUrl: string | (() => string) },
): TwitterClients {
  const baseUrlNow = typeof o.baseUrl === 'string' ? () => o.baseUrl as string : o.baseUrl;
  let current: { token: string; baseUrl: string; api: TwitterApi } | null = null;
  let built = 0;
  return {
    forToken(token) {
      const baseUrl = baseUrlNow();
      if (current?.token !== token || current.baseUrl !== baseUrl) {
        current = { token, baseUrl, api: createTwitterClient({ ...o, baseUrl, token }) };
        built += 1;
      }
      return current.api;
    },
    built: () => built,
  };
}

/**
 * The clients of one account (or of the app, for app-only calls): every answer's rate-limit
 * headers go into `rateLimits` under `accountId`, whichever typed method asked.
 */
export function createAccountClients(o: {
  accountId: string;
  baseUrl: string | (() => string);
  clock: Pick<Clock, 'now'>;
  rateLimits: RateLimitTracker;
  selfId?(): string | undefined;
  timeoutMs?: number;
  httpAgent?: Agent;
}): TwitterClients {
  const { accountId, clock, rateLimits, ...rest } = o;
  return createTwitterClients({
    ...rest,
    onAnswer({ endpoint, status, headers }) {
      if (endpoint) rateLimits.observe({ accountId, endpoint, now: clock.now(), status, headers });
    },
  });
}
