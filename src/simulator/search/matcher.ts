import type { QueryNode } from './ast';
import { containsSequence, fold, wordTokens } from './text';

/** What search needs to know about a post, independent of how the world stores it. */
export interface SearchablePost {
  id: string;
  text: string;
  lang: string;
  authorId: string;
  authorUsername: string;
  authorVerified: boolean;
  conversationId: string;
  inReplyToUserId?: string;
  inReplyToUsername?: string;
  repliedToId?: string;
  retweetedId?: string;
  retweetedAuthorId?: string;
  retweetedAuthorUsername?: string;
  quotedId?: string;
  mentions: string[];
  hashtags: string[];
  cashtags: string[];
  urls: Array<{ url: string; expandedUrl: string }>;
  mediaTypes: string[];
  likes: number;
  replies: number;
  reposts: number;
}

export interface MatchContext {
  listMembers(listId: string): readonly string[] | undefined;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A user given by @handle or numeric id, as from:, to: and retweets_of: accept both. */
const isUser = (value: string, id: string | undefined, username: string | undefined) =>
  id !== undefined &&
  username !== undefined &&
  (/^\d+$/.test(value) ? value === id : same(value, username.replace(/^@/, '')));

function textMatches(post: SearchablePost, value: string, phrase: boolean): boolean {
  const needle = wordTokens(value);
  if (needle.length === 0) return fold(post.text).includes(fold(value));
  const tokens = wordTokens(post.text);
  return needle.length === 1 && !phrase
    ? tokens.includes(needle[0]!)
    : containsSequence(tokens, needle);
}

export function matches(node: QueryNode, post: SearchablePost, ctx: MatchContext): boolean {
  switch (node.type) {
    case 'and':
      return node.children.every((c) => matches(c, post, ctx));
    case 'or':
      return node.children.some((c) => matches(c, post, ctx));
    case 'not':
      return !matches(node.child, post, ctx);
    case 'keyword':
      return textMatches(post, node.value, false);
    case 'phrase':
      return textMatches(post, node.value, true);
    case 'mention':
      return post.mentions.some((m) => same(m, node.username));
    case 'hashtag':
      return post.hashtags.some((h) => fold(h) === fold(node.tag));
    case 'cashtag':
      return post.cashtags.some((c) => same(c, node.tag));
    case 'operator':
      return operatorMatches(node, post, ctx);
  }
}

function operatorMatches(
  node: Extract<QueryNode, { type: 'operator' }>,
  post: SearchablePost,
  ctx: MatchContext,
): boolean {
  const v = node.value;
  switch (node.name) {
    case 'from':
      return isUser(v, post.authorId, post.authorUsername);
    case 'to':
      return isUser(v, post.inReplyToUserId, post.inReplyToUsername);
    case 'retweets_of':
      return isUser(v, post.retweetedAuthorId, post.retweetedAuthorUsername);
    case 'lang':
      return same(post.lang, v);
    case 'url': {
      const needle = v.toLowerCase();
      return post.urls.some(
        (u) => u.url.toLowerCase().includes(needle) || u.expandedUrl.toLowerCase().includes(needle),
      );
    }
    case 'conversation_id':
      return post.conversationId === v;
    case 'in_reply_to_tweet_id':
      return post.repliedToId === v;
    case 'retweets_of_tweet_id':
      return post.retweetedId === v;
    case 'quotes_of_tweet_id':
      return post.quotedId === v;
    case 'list':
      return ctx.listMembers(v)?.includes(post.authorId) ?? false;
    case 'min_likes':
      return post.likes >= Number(v);
    case 'min_replies':
      return post.replies >= Number(v);
    case 'min_reposts':
      return post.reposts >= Number(v);
    case 'is':
      return isMatches(v, post);
    case 'has':
      return hasMatches(v, post);
    // The simulated world has no places, geo or context annotations.
    case 'context':
    case 'entity':
    case 'place':
    case 'place_country':
    case 'point_radius':
    case 'bounding_box':
      return false;
  }
}

function isMatches(value: string, post: SearchablePost): boolean {
  switch (value) {
    case 'retweet':
      return post.retweetedId !== undefined;
    case 'reply':
      return post.repliedToId !== undefined;
    case 'quote':
      return post.quotedId !== undefined;
    case 'verified':
      return post.authorVerified;
    default:
      return false;
  }
}

function hasMatches(value: string, post: SearchablePost): boolean {
  switch (value) {
    case 'links':
      return post.urls.length > 0;
    case 'media':
      return post.mediaTypes.length > 0;
    case 'images':
      return post.mediaTypes.includes('photo');
    case 'video_link':
      return post.mediaTypes.includes('video');
    case 'mentions':
      return post.mentions.length > 0;
    case 'hashtags':
      return post.hashtags.length > 0;
    case 'cashtags':
      return post.cashtags.length > 0;
    default:
      return false;
  }
}
