import type { TwitterApi } from 'twitter-api-v2';
import type { XResult } from '../../shared/x/errors';
import type { ListPage, PostPage, XUser } from '../../shared/x/types';
import type { Clock } from '../../shared/time/clock';
import type { ReadEvent } from './costs';
import { ENDPOINTS, type EndpointKey } from './endpoints';
import { toList, toPostPage, toUser } from './normalise';
import {
  LIST_FIELDS,
  POST_READ_FIELDS,
  POST_WITH_CONTEXT_FIELDS,
  USER_READ_FIELDS,
} from './request-fields';
import type { CostTracker, RateLimitTracker } from './trackers';
import { postCreateKind } from '../../shared/x/prices';
import { createCallRunner, lookupFailure, parse, type Query } from './x-call';
import * as raw from './x-raw';

export interface XClientOptions {
  /** From createTwitterClient: decides where requests go. */
  twitter: TwitterApi;
  /** Timedeck's id for the account: what rate limits and costs are kept under. */
  accountId: string;
  /** The account's X user id, if known; me() learns it. Decides which reads are owned reads. */
  userId?: string;
  /**
   * A valid access token for every call. The accounts layer refreshes behind this; a 401 still
   * comes back as kind 'auth' for it to act on.
   */
  getAccessToken(): Promise<string>;
  clock: Pick<Clock, 'now'>;
  rateLimits: RateLimitTracker;
  costs: CostTracker;
  /**
   * X prices owned reads lower only for the user who owns the developer app (docs: Pricing).
   * Defaults to true: a solo owner registers the app with one of their accounts.
   */
  ownsApp?: boolean;
  /**
   * A stalled answer ends as kind 'network' after this long without a byte (real time, not the
   * app's clock: it guards a socket). Default 30 s.
   */
  timeoutMs?: number;
}

export interface PageQuery {
  /** Only posts newer than this id: how a column polls for what is new. */
  sinceId?: string;
  /** Only posts older than this id. */
  untilId?: string;
  maxResults?: number;
  /** From the previous page's meta.nextToken, for the next older page. */
  nextToken?: string;
}

export interface SearchQuery extends PageQuery {
  query: string;
}

export interface CursorQuery {
  maxResults?: number;
  nextToken?: string;
}

/** Every call Timedeck makes to X, for one signed-in account. Nothing here throws. */
export interface XClient {
  readonly accountId: string;
  me(): Promise<XResult<XUser>>;
  userById(id: string): Promise<XResult<XUser>>;
  userByUsername(username: string): Promise<XResult<XUser>>;
  searchRecent(q: SearchQuery): Promise<XResult<PostPage>>;
  mentions(userId: string, q?: PageQuery): Promise<XResult<PostPage>>;
  userPosts(userId: string, q?: PageQuery): Promise<XResult<PostPage>>;
  homeTimeline(userId: string, q?: PageQuery): Promise<XResult<PostPage>>;
  listPosts(listId: string, q?: CursorQuery): Promise<XResult<PostPage>>;
  ownedLists(userId: string, q?: CursorQuery): Promise<XResult<ListPage>>;
  /** One post, as a page of one, with its author, quoted post and media in `includes`. */
  post(id: string): Promise<XResult<PostPage>>;
  createPost(p: {
    text: string;
    inReplyTo?: string;
  }): Promise<XResult<{ id: string; text: string }>>;
  deletePost(id: string): Promise<XResult<{ deleted: boolean }>>;
  repost(userId: string, postId: string): Promise<XResult<{ reposted: boolean }>>;
  unrepost(userId: string, postId: string): Promise<XResult<{ reposted: boolean }>>;
  like(userId: string, postId: string): Promise<XResult<{ liked: boolean }>>;
}

const pageQuery = (q: PageQuery = {}, tokenName = 'pagination_token'): Query => ({
  since_id: q.sinceId,
  until_id: q.untilId,
  max_results: q.maxResults,
  [tokenName]: q.nextToken,
});

/** X bills every post and user in the answer, those in `includes` too. */
const postBilling = (page: PostPage): ReadEvent['resources'] => [
  ...page.posts.map((p) => ({ type: 'post' as const, id: p.id })),
  ...page.includes.posts.map((p) => ({ type: 'post' as const, id: p.id })),
  ...page.includes.users.map((u) => ({ type: 'user' as const, id: u.id })),
];

const postPage = (body: unknown) => toPostPage(parse(raw.RawTweetList, body));

export function createXClient(o: XClientOptions): XClient {
  const { accountId, clock } = o;
  let ownUserId = o.userId;

  const run = createCallRunner({
    ...o,
    isOwnedRead(call) {
      const billing = ENDPOINTS[call.endpoint].billing;
      return (
        billing.kind === 'read' &&
        billing.ownedWhenSelf &&
        (o.ownsApp ?? true) &&
        ownUserId !== undefined &&
        call.params?.id === ownUserId
      );
    },
  });

  const timeline = (endpoint: EndpointKey, id: string, query: Query) =>
    run<PostPage>({
      endpoint,
      params: { id },
      query: { ...POST_READ_FIELDS, ...query },
      read: postPage,
      billed: postBilling,
    });

  const user = (endpoint: EndpointKey, params: Record<string, string>) =>
    run<XUser>({
      endpoint,
      params,
      query: USER_READ_FIELDS,
      read: (body) => {
        const r = parse(raw.RawSingleUser, body);
        if (!r.data) throw lookupFailure(r.errors, endpoint, clock.now());
        return toUser(r.data);
      },
      billed: (u) => [{ type: 'user', id: u.id }],
    });

  const repostState = (body: unknown) => ({
    reposted: parse(raw.RawRetweeted, body).data.retweeted,
  });

  return {
    accountId,

    async me() {
      const r = await user('me', {});
      if (r.ok) ownUserId = r.value.id;
      return r;
    },
    userById: (id) => user('userById', { id }),
    userByUsername: (username) => user('userByUsername', { username }),

    searchRecent: (q) =>
      run<PostPage>({
        endpoint: 'searchRecent',
        query: { ...POST_READ_FIELDS, query: q.query, ...pageQuery(q, 'next_token') },
        read: postPage,
        billed: postBilling,
      }),
    mentions: (userId, q) => timeline('mentions', userId, pageQuery(q)),
    userPosts: (userId, q) => timeline('userPosts', userId, pageQuery(q)),
    homeTimeline: (userId, q) => timeline('homeTimeline', userId, pageQuery(q)),
    // X's list timeline has no since_id: a list column pages by token only.
    listPosts: (listId, q = {}) =>
      timeline('listPosts', listId, { max_results: q.maxResults, pagination_token: q.nextToken }),

    ownedLists: (userId, q = {}) =>
      run<ListPage>({
        endpoint: 'ownedLists',
        params: { id: userId },
        query: {
          'list.fields': LIST_FIELDS,
          max_results: q.maxResults,
          pagination_token: q.nextToken,
        },
        read: (body) => {
          const r = parse(raw.RawListList, body);
          const lists = (r.data ?? []).map(toList);
          return r.meta?.next_token ? { lists, nextToken: r.meta.next_token } : { lists };
        },
        billed: (page) => page.lists.map((l) => ({ type: 'list', id: l.id })),
      }),

    post: (id) =>
      run<PostPage>({
        endpoint: 'post',
        params: { id },
        query: POST_WITH_CONTEXT_FIELDS,
        read: (body) => {
          const r = parse(raw.RawSingleTweet, body);
          if (!r.data) throw lookupFailure(r.errors, 'post', clock.now());
          return toPostPage({ data: [r.data], includes: r.includes });
        },
        billed: postBilling,
      }),

    createPost: ({ text, inReplyTo }) =>
      run({
        endpoint: 'createPost',
        body: { text, ...(inReplyTo ? { reply: { in_reply_to_tweet_id: inReplyTo } } : {}) },
        read: (body) => parse(raw.RawCreatedTweet, body).data,
        write: postCreateKind(text, inReplyTo !== undefined),
      }),
    deletePost: (id) =>
      run({
        endpoint: 'deletePost',
        params: { id },
        read: (body) => parse(raw.RawDeleted, body).data,
      }),
    repost: (userId, postId) =>
      run({
        endpoint: 'repost',
        params: { id: userId },
        body: { tweet_id: postId },
        read: repostState,
      }),
    unrepost: (userId, postId) =>
      run({
        endpoint: 'unrepost',
        params: { id: userId, tweet_id: postId },
        read: repostState,
      }),
    like: (userId, postId) =>
      run({
        endpoint: 'like',
        params: { id: userId },
        body: { tweet_id: postId },
        read: (body) => parse(raw.RawLiked, body).data,
      }),
  };
}
