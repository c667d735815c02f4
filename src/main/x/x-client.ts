import type { TwitterApiv2 } from 'twitter-api-v2';
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
import type { TwitterClients } from './client-factory';
import type { CostTracker, RateLimitTracker } from './trackers';
import { postCreateKind } from '../../shared/x/prices';
import { createCallRunner, lookupFailure, parse } from './x-call';
import * as raw from './x-raw';

export interface XClientOptions {
  /**
   * The account's twitter-api-v2 clients (createAccountClients): one per token, kept across
   * calls. They decide where requests go and record every answer's rate-limit headers.
   */
  twitter: Pick<TwitterClients, 'forToken'>;
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
  /** The signed-in user's home timeline; `userId` is theirs (X serves no one else's). */
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

/** since_id, until_id, max_results and the page token, named as the endpoint names them. */
const timelineQuery = (q: PageQuery = {}) => ({
  since_id: q.sinceId,
  until_id: q.untilId,
  max_results: q.maxResults,
  pagination_token: q.nextToken,
});

/** X bills every post and user in the answer, those in `includes` too. */
const postBilling = (page: PostPage): ReadEvent['resources'] => [
  ...page.posts.map((p) => ({ type: 'post' as const, id: p.id })),
  ...page.includes.posts.map((p) => ({ type: 'post' as const, id: p.id })),
  ...page.includes.users.map((u) => ({ type: 'user' as const, id: u.id })),
];

const postPage = (body: unknown) => toPostPage(parse(raw.RawTweetList, body));

type PostPageEndpoint = 'searchRecent' | 'mentions' | 'userPosts' | 'homeTimeline' | 'listPosts';

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
        call.pathUserId === ownUserId
      );
    },
  });

  /**
   * One page of posts from a typed paginator: its first page is the one asked for (a poll's
   * since_id, or the older page's token); paging further is the caller's, one call per page.
   */
  const timeline = (
    endpoint: PostPageEndpoint,
    page: (v2: TwitterApiv2) => Promise<{ data: unknown }>,
    pathUserId?: string,
  ) =>
    run<PostPage>({
      endpoint,
      ...(pathUserId !== undefined ? { pathUserId } : {}),
      send: async (v2) => (await page(v2)).data,
      read: postPage,
      billed: postBilling,
    });

  const user = (endpoint: EndpointKey, send: (v2: TwitterApiv2) => Promise<unknown>) =>
    run<XUser>({
      endpoint,
      send,
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
      const r = await user('me', (v2) => v2.me(USER_READ_FIELDS));
      if (r.ok) ownUserId = r.value.id;
      return r;
    },
    userById: (id) => user('userById', (v2) => v2.user(id, USER_READ_FIELDS)),
    userByUsername: (username) =>
      user('userByUsername', (v2) => v2.userByUsername(username, USER_READ_FIELDS)),

    searchRecent: (q) =>
      timeline('searchRecent', (v2) =>
        v2.search(q.query, {
          ...POST_READ_FIELDS,
          since_id: q.sinceId,
          until_id: q.untilId,
          max_results: q.maxResults,
          next_token: q.nextToken,
        }),
      ),
    mentions: (userId, q) =>
      timeline(
        'mentions',
        (v2) => v2.userMentionTimeline(userId, { ...POST_READ_FIELDS, ...timelineQuery(q) }),
        userId,
      ),
    userPosts: (userId, q) =>
      timeline(
        'userPosts',
        (v2) => v2.userTimeline(userId, { ...POST_READ_FIELDS, ...timelineQuery(q) }),
        userId,
      ),
    // X serves the reverse-chronological timeline to its own user only: the typed method asks
    // the client who that is (answered locally when the client knows: see selfPlugin).
    homeTimeline: (userId, q) =>
      timeline(
        'homeTimeline',
        (v2) => v2.homeTimeline({ ...POST_READ_FIELDS, ...timelineQuery(q) }),
        userId,
      ),
    // X's list timeline has no since_id: a list column pages by token only.
    listPosts: (listId, q = {}) =>
      timeline('listPosts', (v2) =>
        v2.listTweets(listId, {
          ...POST_READ_FIELDS,
          max_results: q.maxResults,
          pagination_token: q.nextToken,
        }),
      ),

    ownedLists: (userId, q = {}) =>
      run<ListPage>({
        endpoint: 'ownedLists',
        pathUserId: userId,
        send: async (v2) =>
          (
            await v2.listsOwned(userId, {
              'list.fields': LIST_FIELDS,
              max_results: q.maxResults,
              pagination_token: q.nextToken,
            })
          ).data,
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
        send: (v2) => v2.singleTweet(id, POST_WITH_CONTEXT_FIELDS),
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
        send: (v2) => (inReplyTo ? v2.reply(text, inReplyTo) : v2.tweet({ text })),
        read: (body) => parse(raw.RawCreatedTweet, body).data,
        write: postCreateKind(text, inReplyTo !== undefined),
        created: (post) => post.id,
      }),
    deletePost: (id) =>
      run({
        endpoint: 'deletePost',
        send: (v2) => v2.deleteTweet(id),
        read: (body) => parse(raw.RawDeleted, body).data,
      }),
    repost: (userId, postId) =>
      run({
        endpoint: 'repost',
        send: (v2) => v2.retweet(userId, postId),
        read: repostState,
      }),
    unrepost: (userId, postId) =>
      run({
        endpoint: 'unrepost',
        send: (v2) => v2.unretweet(userId, postId),
        read: repostState,
      }),
    like: (userId, postId) =>
      run({
        endpoint: 'like',
        send: (v2) => v2.like(userId, postId),
        read: (body) => parse(raw.RawLiked, body).data,
      }),
  };
}
