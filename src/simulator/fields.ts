import type { FieldSelection } from './params';
import { notFoundError } from './problems';
import { codePointLength, composePost } from './world/entities';
import { seededRandom } from './world/prng';
import type { PublicMetrics, World } from './world/world';
import type { SimList, SimMedia, SimPost, SimUser } from './world/types';

/**
 * Renders stored records as X does: only the default fields unless more are asked for, fields
 * without a value left out, and expansions gathered into includes (with partial errors for
 * references that no longer resolve).
 */
export interface WorldView {
  user(id: string): SimUser | undefined;
  userByUsername(username: string): SimUser | undefined;
  post(id: string): SimPost | undefined;
  media(key: string): SimMedia | undefined;
  metrics(post: SimPost): PublicMetrics;
  newestPostBy(userId: string): SimPost | undefined;
  postCountBy(userId: string): number;
  /** The simulator's own origin ('http://127.0.0.1:PORT'), for the pictures it serves. */
  origin: string;
}

export function viewOf(world: World, now: number, origin: string): WorldView {
  return {
    origin,
    user: (id) => world.user(id),
    userByUsername: (username) => world.userByUsername(username),
    post: (id) => world.post(id, now),
    media: (key) => world.media(key),
    metrics: (post) => world.metrics(post, now),
    newestPostBy: (userId) => world.timeline(now).find((p) => p.authorId === userId),
    postCountBy: (userId) => world.timeline(now).filter((p) => p.authorId === userId).length,
  };
}

type Json = Record<string, unknown>;

const iso = (ms: number) => new Date(ms).toISOString();

function entitiesOf(post: SimPost): Json | undefined {
  const out: Json = {};
  for (const key of ['mentions', 'hashtags', 'cashtags', 'urls'] as const) {
    if (post.entities[key].length > 0) out[key] = post.entities[key];
  }
  return Object.keys(out).length ? out : undefined;
}

function displayTextRange(post: SimPost): [number, number] {
  const mediaLink = post.entities.urls.find((u) => u.media_key);
  const end = mediaLink
    ? Math.max(post.displayStart, mediaLink.start - 1)
    : codePointLength(post.text);
  return [post.displayStart, end];
}

export function renderTweet(post: SimPost, view: WorldView, fields: Set<string>): Json {
  const out: Json = { id: post.id, text: escapeAsX(post.text), edit_history_tweet_ids: [post.id] };
  const isRetweet = post.references.some((r) => r.type === 'retweeted');
  const put = (name: string, value: unknown) => {
    if (fields.has(name) && value !== undefined) out[name] = value;
  };
  put('created_at', iso(post.createdAt));
  put('author_id', post.authorId);
  put('conversation_id', post.conversationId);
  put('in_reply_to_user_id', post.inReplyToUserId);
  put(
    'referenced_tweets',
    post.references.length ? post.references.map((r) => ({ type: r.type, id: r.id })) : undefined,
  );
  put('entities', entitiesOf(post));
  put('public_metrics', fields.has('public_metrics') ? view.metrics(post) : undefined);
  put('lang', post.lang);
  put('attachments', post.mediaKeys.length ? { media_keys: post.mediaKeys } : undefined);
  put('possibly_sensitive', false);
  put('reply_settings', 'everyone');
  put('display_text_range', displayTextRange(post));
  put('edit_controls', {
    edits_remaining: isRetweet ? 0 : 5,
    is_edit_eligible: !isRetweet,
    editable_until: iso(post.createdAt + 60 * 60 * 1000),
  });
  return out;
}

/** X shows a profile's link as t.co, expanded in entities.url. */
function profileLink(user: SimUser) {
  if (!user.url) return undefined;
  const short = `https://t.co/${seededRandom('profile-url', user.id).alnum(10)}`;
  return {
    short,
    entity: {
      start: 0,
      end: 23,
      url: short,
      expanded_url: user.url,
      display_url: user.url.replace(/^https?:\/\//, ''),
    },
  };
}

function userEntities(user: SimUser, view: WorldView): Json | undefined {
  const out: Json = {};
  const link = profileLink(user);
  if (link) out.url = { urls: [link.entity] };
  const described = composePost({
    text: user.description,
    postId: user.id,
    authorUsername: user.username,
    media: [],
    newCode: (() => {
      const r = seededRandom('bio', user.id);
      return () => r.alnum(10);
    })(),
    userIdOf: (username) => view.userByUsername(username)?.id,
  }).entities;
  const description: Json = {};
  for (const key of ['mentions', 'hashtags', 'cashtags', 'urls'] as const) {
    if (described[key].length > 0) description[key] = described[key];
  }
  if (Object.keys(description).length) out.description = description;
  return Object.keys(out).length ? out : undefined;
}

export function renderUser(user: SimUser, view: WorldView, fields: Set<string>): Json {
  const out: Json = { id: user.id, name: user.name, username: user.username };
  const put = (name: string, value: () => unknown) => {
    if (!fields.has(name)) return;
    const v = value();
    if (v !== undefined) out[name] = v;
  };
  put('created_at', () => iso(user.createdAt));
  put('description', () => user.description);
  put('location', () => user.location);
  put('url', () => profileLink(user)?.short ?? '');
  put('entities', () => userEntities(user, view));
  put('profile_image_url', () => onOrigin(view.origin, user.profileImageUrl));
  put('protected', () => user.protected);
  put('verified', () => user.verified);
  put('verified_type', () => user.verifiedType);
  put('most_recent_tweet_id', () => view.newestPostBy(user.id)?.id);
  put('public_metrics', () => ({
    followers_count: user.followersCount,
    following_count: user.followingIds.length * 7 + 23,
    tweet_count: 900 + view.postCountBy(user.id),
    listed_count: user.listedCount,
    like_count: user.likeCount,
  }));
  return out;
}

/** A path of the simulator's own made absolute; anything else (none today) as it is. */
function onOrigin(origin: string, path: string): string;
function onOrigin(origin: string, path: string | undefined): string | undefined;
function onOrigin(origin: string, path: string | undefined): string | undefined {
  return path?.startsWith('/') ? `${origin}${path}` : path;
}

export function renderMedia(media: SimMedia, fields: Set<string>, origin: string): Json {
  const out: Json = { media_key: media.key, type: media.type };
  const put = (name: string, value: unknown) => {
    if (fields.has(name) && value !== undefined) out[name] = value;
  };
  put('url', onOrigin(origin, media.url));
  put('preview_image_url', onOrigin(origin, media.previewImageUrl));
  put('width', media.width);
  put('height', media.height);
  put('alt_text', media.altText);
  put('duration_ms', media.durationMs);
  put(
    'variants',
    media.variants?.map((v) => ({ ...v, url: onOrigin(origin, v.url) })),
  );
  put(
    'public_metrics',
    media.viewCount !== undefined ? { view_count: media.viewCount } : undefined,
  );
  return out;
}

export function renderList(list: SimList, fields: Set<string>): Json {
  const out: Json = { id: list.id, name: list.name };
  const put = (name: string, value: unknown) => {
    if (fields.has(name)) out[name] = value;
  };
  put('created_at', iso(list.createdAt));
  put('description', list.description);
  put('follower_count', list.followerCount);
  put('member_count', list.memberIds.length);
  put('owner_id', list.ownerId);
  put('private', list.private);
  return out;
}

export interface Rendered {
  includes?: Json;
  errors?: Json[];
}

/** Collects unique items in the order first seen. */
class Collector<T> {
  private readonly seen = new Map<string, T>();
  add(key: string, item: T) {
    if (!this.seen.has(key)) this.seen.set(key, item);
  }
  get values(): T[] {
    return [...this.seen.values()];
  }
}

function finish(
  users: Collector<SimUser>,
  tweets: Collector<SimPost>,
  media: Collector<SimMedia>,
  errors: Json[],
  view: WorldView,
  sel: FieldSelection,
): Rendered {
  const includes: Json = {};
  if (users.values.length) includes.users = users.values.map((u) => renderUser(u, view, sel.user));
  if (tweets.values.length)
    includes.tweets = tweets.values.map((p) => renderTweet(p, view, sel.tweet));
  if (media.values.length)
    includes.media = media.values.map((m) => renderMedia(m, sel.media, view.origin));
  const out: Rendered = {};
  if (Object.keys(includes).length) out.includes = includes;
  if (errors.length) out.errors = errors;
  return out;
}

export function tweetIncludes(posts: SimPost[], view: WorldView, sel: FieldSelection): Rendered {
  const x = sel.expansions;
  const users = new Collector<SimUser>();
  const tweets = new Collector<SimPost>();
  const media = new Collector<SimMedia>();
  const errors: Json[] = [];
  const addUser = (id: string | undefined, parameter: string) => {
    if (!id) return;
    const user = view.user(id);
    if (user) users.add(user.id, user);
    else errors.push(notFoundError('user', parameter, id));
  };
  const addMedia = (post: SimPost) =>
    post.mediaKeys.forEach((key) => {
      const m = view.media(key);
      if (m) media.add(key, m);
    });

  for (const post of posts) {
    if (x.has('author_id')) addUser(post.authorId, 'author_id');
    if (x.has('in_reply_to_user_id')) addUser(post.inReplyToUserId, 'in_reply_to_user_id');
    if (x.has('entities.mentions.username')) {
      for (const m of post.entities.mentions) {
        const user = view.userByUsername(m.username);
        if (user) users.add(user.id, user);
        else errors.push(notFoundError('user', 'entities.mentions.username', m.username));
      }
    }
    if (x.has('attachments.media_keys')) addMedia(post);
    for (const ref of post.references) {
      const referenced = view.post(ref.id);
      if (!referenced) {
        if (x.has('referenced_tweets.id'))
          errors.push(notFoundError('tweet', 'referenced_tweets.id', ref.id));
        continue;
      }
      if (x.has('referenced_tweets.id')) tweets.add(referenced.id, referenced);
      if (x.has('referenced_tweets.id.author_id'))
        addUser(referenced.authorId, 'referenced_tweets.id.author_id');
      if (x.has('referenced_tweets.id.attachments.media_keys')) addMedia(referenced);
    }
  }
  return finish(users, tweets, media, errors, view, sel);
}

export function userIncludes(users: SimUser[], view: WorldView, sel: FieldSelection): Rendered {
  const tweets = new Collector<SimPost>();
  if (sel.expansions.has('most_recent_tweet_id')) {
    for (const user of users) {
      const post = view.newestPostBy(user.id);
      if (post) tweets.add(post.id, post);
    }
  }
  return finish(new Collector(), tweets, new Collector(), [], view, sel);
}

export function listIncludes(lists: SimList[], view: WorldView, sel: FieldSelection): Rendered {
  const users = new Collector<SimUser>();
  if (sel.expansions.has('owner_id')) {
    for (const list of lists) {
      const owner = view.user(list.ownerId);
      if (owner) users.add(owner.id, owner);
    }
  }
  return finish(users, new Collector(), new Collector(), [], view, sel);
}

/** X sends post text with &, < and > escaped as HTML entities (and nothing else). */
const escapeAsX = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
