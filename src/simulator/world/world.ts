import { buildCast, type Cast } from './cast';
import { codePointLength, composePost, retweetText } from './entities';
import { followUpTo } from './customer-replies';
import { BUCKET_MS, generateBucket } from './generator';
import { detectLang } from './lang';
import { buildLists } from './lists';
import { seededRandom, type Random } from './prng';
import { snowflake } from './snowflake';
import type { SimList, SimMedia, SimPost, SimUser } from './types';

/** How far back the world reaches from the earliest moment it is looked at. */
export const HISTORY_MS = 8 * 24 * 60 * 60 * 1000;
const API_WORKER = 1023;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PublicMetrics {
  retweet_count: number;
  reply_count: number;
  like_count: number;
  quote_count: number;
  bookmark_count: number;
  impression_count: number;
}

export interface NewPost {
  authorId: string;
  text: string;
  at: number;
  origin: 'api' | 'injected';
  inReplyTo?: SimPost;
  quoteOf?: SimPost;
  lang?: string;
}

interface Reactions {
  replies: Set<SimPost>;
  retweets: Set<SimPost>;
  quotes: Set<SimPost>;
  likedBy: Set<string>;
}

/**
 * Every post, user, list and media item of the simulated world. Generated posts appear as the
 * clock reaches their time; posts made through the API join them. Reads take `now` so that the
 * world shows exactly what exists at that moment.
 */
export class World {
  readonly cast: Cast;
  readonly lists: SimList[];
  private readonly seed: string;
  private readonly buckets = new Set<number>();
  private readonly posts = new Map<string, SimPost>();
  private readonly mediaByKey = new Map<string, SimMedia>();
  private readonly reactions = new Map<string, Reactions>();
  private sorted: SimPost[] = [];
  private dirty = false;
  private apiSequence = 0;
  private readonly apiRandom: Random;
  /** Conversations whose customer has answered the brand's reply (they answer once). */
  private readonly answeredBack = new Set<string>();

  constructor(seed: string) {
    this.seed = seed;
    this.cast = buildCast();
    this.lists = buildLists(this.cast);
    this.apiRandom = seededRandom(seed, 'api');
  }

  /** Posts that exist at `now`, newest first. */
  timeline(now: number): SimPost[] {
    this.materialise(now);
    if (this.dirty) {
      this.sorted = [...this.posts.values()].sort((a, b) =>
        a.idNum < b.idNum ? 1 : a.idNum > b.idNum ? -1 : 0,
      );
      this.dirty = false;
    }
    return this.sorted.filter((p) => p.createdAt <= now && !p.deleted);
  }

  post(id: string, now: number): SimPost | undefined {
    this.materialise(now);
    const post = this.posts.get(id);
    return post && post.createdAt <= now && !post.deleted ? post : undefined;
  }

  /** The stored record whatever its state (deleted, or not yet due). */
  rawPost(id: string): SimPost | undefined {
    return this.posts.get(id);
  }

  media(key: string): SimMedia | undefined {
    return this.mediaByKey.get(key);
  }

  user(id: string): SimUser | undefined {
    return this.cast.byId(id);
  }

  userByUsername(username: string): SimUser | undefined {
    return this.cast.byUsername(username);
  }

  list(id: string): SimList | undefined {
    return this.lists.find((l) => l.id === id);
  }

  listsOwnedBy(userId: string): SimList[] {
    return this.lists.filter((l) => l.ownerId === userId);
  }

  metrics(post: SimPost, now: number): PublicMetrics {
    const seen = (set: Set<SimPost> | undefined) =>
      set ? [...set].filter((p) => p.createdAt <= now && !p.deleted).length : 0;
    const reactions = this.reactions.get(post.id);
    // Likes and views arrive over the first day, as they do for a real post.
    const growth = Math.sqrt(Math.min(1, Math.max(0, now - post.createdAt) / DAY_MS));
    const likes = Math.round(post.likeTarget * growth) + (reactions?.likedBy.size ?? 0);
    return {
      retweet_count: seen(reactions?.retweets),
      reply_count: seen(reactions?.replies),
      like_count: likes,
      quote_count: seen(reactions?.quotes),
      bookmark_count: Math.round(likes * 0.08),
      impression_count: Math.round(post.impressionTarget * growth) + likes,
    };
  }

  createPost(input: NewPost): SimPost {
    this.materialise(input.at);
    const author = this.cast.byId(input.authorId);
    if (!author) throw new Error(`unknown author ${input.authorId}`);
    const idNum = snowflake(input.at, API_WORKER, this.apiSequence++);
    const id = idNum.toString();
    const parentAuthor = input.inReplyTo ? this.cast.byId(input.inReplyTo.authorId) : undefined;
    // X puts the replied-to author's handle in front of a reply's text unless it is already there.
    const needsPrefix =
      parentAuthor &&
      parentAuthor.id !== author.id &&
      !input.text.toLowerCase().startsWith(`@${parentAuthor.username.toLowerCase()}`);
    const prefix = needsPrefix ? `@${parentAuthor.username} ` : '';
    const composed = composePost({
      text: prefix + input.text,
      postId: id,
      authorUsername: author.username,
      media: [],
      newCode: () => this.apiRandom.alnum(10),
      userIdOf: (username) => this.cast.byUsername(username)?.id,
    });
    const post: SimPost = {
      id,
      idNum,
      authorId: author.id,
      text: composed.text,
      entities: composed.entities,
      createdAt: input.at,
      lang: input.lang ?? detectLang(input.text),
      conversationId: input.inReplyTo ? input.inReplyTo.conversationId : id,
      inReplyToUserId: input.inReplyTo?.authorId,
      references: input.inReplyTo
        ? [{ type: 'replied_to', id: input.inReplyTo.id }]
        : input.quoteOf
          ? [{ type: 'quoted', id: input.quoteOf.id }]
          : [],
      mediaKeys: [],
      displayStart: codePointLength(prefix),
      likeTarget: 0,
      impressionTarget: this.apiRandom.int(20, 400),
      origin: input.origin,
      deleted: false,
    };
    this.add(post);
    if (input.origin === 'api' && input.inReplyTo && parentAuthor)
      this.answerBack(post, author, input.inReplyTo, parentAuthor);
    return post;
  }

  /** The customer answers the brand's reply later on the clock (customer-replies.ts). */
  private answerBack(
    reply: SimPost,
    author: SimUser,
    parent: SimPost,
    parentAuthor: SimUser,
  ): void {
    const followUp = followUpTo(
      { authorRole: author.role, parent, parentAuthor },
      this.answeredBack.has(parent.conversationId),
      // Keyed by the post answered, so the same reply gets the same answer whatever came before.
      seededRandom(this.seed, `follow-up:${parent.id}`),
    );
    if (!followUp) return;
    this.answeredBack.add(parent.conversationId);
    this.createPost({
      authorId: parentAuthor.id,
      text: followUp.text,
      at: reply.createdAt + followUp.delayMs,
      origin: 'injected',
      inReplyTo: reply,
    });
  }

  createRetweet(userId: string, source: SimPost, at: number): SimPost {
    const idNum = snowflake(at, API_WORKER, this.apiSequence++);
    const id = idNum.toString();
    const composed = retweetText(source, this.cast.byId(source.authorId)!);
    const post: SimPost = {
      id,
      idNum,
      authorId: userId,
      text: composed.text,
      entities: composed.entities,
      createdAt: at,
      lang: source.lang,
      conversationId: id,
      references: [{ type: 'retweeted', id: source.id }],
      mediaKeys: [],
      displayStart: 0,
      likeTarget: 0,
      impressionTarget: 0,
      origin: 'api',
      deleted: false,
    };
    this.add(post);
    return post;
  }

  retweetBy(userId: string, sourceId: string, now: number): SimPost | undefined {
    const set = this.reactions.get(sourceId)?.retweets;
    return set
      ? [...set].find((p) => p.authorId === userId && !p.deleted && p.createdAt <= now)
      : undefined;
  }

  delete(post: SimPost): void {
    post.deleted = true;
    this.dirty = true;
  }

  like(userId: string, post: SimPost): void {
    this.reactionsOf(post.id).likedBy.add(userId);
  }

  unlike(userId: string, post: SimPost): void {
    this.reactionsOf(post.id).likedBy.delete(userId);
  }

  private reactionsOf(id: string): Reactions {
    let r = this.reactions.get(id);
    if (!r) {
      r = { replies: new Set(), retweets: new Set(), quotes: new Set(), likedBy: new Set() };
      this.reactions.set(id, r);
    }
    return r;
  }

  private add(post: SimPost): void {
    this.posts.set(post.id, post);
    for (const ref of post.references) {
      const r = this.reactionsOf(ref.id);
      if (ref.type === 'replied_to') r.replies.add(post);
      if (ref.type === 'retweeted') r.retweets.add(post);
      if (ref.type === 'quoted') r.quotes.add(post);
    }
    this.dirty = true;
  }

  /** Generates every hour from HISTORY_MS before `now` up to the hour containing `now`. */
  private materialise(now: number): void {
    const last = Math.floor(now / BUCKET_MS);
    const first = Math.floor((now - HISTORY_MS) / BUCKET_MS);
    for (let index = first; index <= last; index++) {
      if (this.buckets.has(index)) continue;
      this.buckets.add(index);
      const bucket = generateBucket(this.seed, index, this.cast);
      for (const m of bucket.media) this.mediaByKey.set(m.key, m);
      for (const p of bucket.posts) this.add(p);
    }
  }
}
