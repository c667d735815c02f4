import type { Cast } from './cast';
import { LINK_TITLES } from './catalog';
import { codePointLength, composePost, retweetText } from './entities';
import { EPISODES, EPISODE_WEIGHTS, type Draft } from './episodes';
import { makeMedia } from './media';
import { seededRandom, type Random } from './prng';
import { snowflake } from './snowflake';
import type { SimMedia, SimPost, SimUser } from './types';

/**
 * The world's posts, one hour at a time. An hour's posts depend only on the seed and the hour, so
 * the world is the same whatever order it is read in and however far the clock jumps.
 */
export const BUCKET_MS = 60 * 60 * 1000;

/** Episodes per hour by UTC hour of day: a UK shop's day, quiet at night. */
const HOURLY_RATE = [
  0.3, 0.2, 0.2, 0.2, 0.3, 0.4, 0.7, 1.3, 2.0, 2.6, 2.8, 2.8, 3.0, 2.8, 2.6, 2.6, 2.5, 2.3, 2.2,
  2.2, 2.0, 1.6, 1.0, 0.6,
];

export interface Bucket {
  posts: SimPost[];
  media: SimMedia[];
}

function poisson(r: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = r.next();
  while (p > limit) {
    k++;
    p *= r.next();
  }
  return k;
}

function popularity(r: Random, author: SimUser): { likes: number; impressions: number } {
  const reach = Math.max(50, author.followersCount);
  const impressions = Math.round(reach * (0.05 + r.next() * 0.4));
  return { impressions, likes: Math.round(impressions * (0.005 + r.next() * 0.05)) };
}

export function generateBucket(seed: string, index: number, cast: Cast): Bucket {
  const r = seededRandom(seed, 'bucket', index);
  const start = index * BUCKET_MS;
  const hour = new Date(start).getUTCHours();
  const episodes = poisson(r, HOURLY_RATE[hour] ?? 1);
  const worker = ((index % 1024) + 1024) % 1024;
  let sequence = 0;
  const posts: SimPost[] = [];
  const media: SimMedia[] = [];

  for (let e = 0; e < episodes; e++) {
    const kind = r.weighted(EPISODE_WEIGHTS);
    const episodeStart = start + r.int(0, BUCKET_MS - 60_000);
    const drafts = EPISODES[kind]({ r, cast });
    const byKey = new Map<string, SimPost>();
    for (const draft of drafts) {
      const post = materialise(draft, episodeStart, byKey, {
        r,
        cast,
        nextId: (at) => snowflake(at, worker, sequence++),
        media,
      });
      if (!post) continue;
      byKey.set(draft.key, post);
      posts.push(post);
    }
  }
  return { posts, media };
}

interface MaterialiseEnv {
  r: Random;
  cast: Cast;
  nextId: (at: number) => bigint;
  media: SimMedia[];
}

function materialise(
  draft: Draft,
  episodeStart: number,
  byKey: Map<string, SimPost>,
  env: MaterialiseEnv,
): SimPost | undefined {
  const { r, cast } = env;
  const parentKey = draft.replyTo ?? draft.quoteOf ?? draft.retweetOf;
  const parent = parentKey ? byKey.get(parentKey) : undefined;
  if (parentKey && !parent) return undefined;
  let at = episodeStart + draft.minute * 60_000 + r.int(0, 59) * 1000;
  if (parent) at = Math.max(at, parent.createdAt + 15_000);
  const idNum = env.nextId(at);
  const id = idNum.toString();
  const { likes, impressions } = popularity(r, draft.author);
  const base = {
    id,
    idNum,
    authorId: draft.author.id,
    createdAt: at,
    lang: draft.lang,
    likeTarget: likes,
    impressionTarget: impressions,
    origin: 'world' as const,
    deleted: false,
  };

  if (draft.retweetOf && parent) {
    const originalAuthor = cast.byId(parent.authorId)!;
    const { text, entities } = retweetText(parent, originalAuthor);
    return {
      ...base,
      text,
      entities,
      lang: parent.lang,
      conversationId: id,
      references: [{ type: 'retweeted', id: parent.id }],
      mediaKeys: [],
      displayStart: 0,
      likeTarget: 0,
    };
  }

  const attached = (draft.media ?? []).map((m, i) => makeMedia(m, idNum + BigInt(i + 1), r));
  env.media.push(...attached);
  const replyParentAuthor = draft.replyTo && parent ? cast.byId(parent.authorId) : undefined;
  const prefix =
    replyParentAuthor && replyParentAuthor.id !== draft.author.id
      ? `@${replyParentAuthor.username} `
      : '';
  const { text, entities } = composePost({
    text: prefix + draft.text,
    postId: id,
    authorUsername: draft.author.username,
    media: attached,
    newCode: () => r.alnum(10),
    userIdOf: (username) => cast.byUsername(username)?.id,
    linkTitle: (url) => LINK_TITLES[url],
  });
  return {
    ...base,
    text,
    entities,
    conversationId: draft.replyTo && parent ? parent.conversationId : id,
    inReplyToUserId: draft.replyTo && parent ? parent.authorId : undefined,
    references: draft.replyTo
      ? [{ type: 'replied_to', id: parent!.id }]
      : draft.quoteOf
        ? [{ type: 'quoted', id: parent!.id }]
        : [],
    mediaKeys: attached.map((m) => m.key),
    displayStart: codePointLength(prefix),
  };
}
