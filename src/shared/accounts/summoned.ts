import type { Capabilities } from './schema';
import type { Post, XUser } from '../x/types';

/** Who is replying: the X account's id and username (an AccountView has both). */
export interface Replier {
  id: string;
  username: string;
}

export interface SummonContext {
  postsById: Readonly<Record<string, Post | undefined>>;
  usersById: Readonly<Record<string, XUser | undefined>>;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Whether `post` summoned `account`, which X requires (since February 2026, on self-serve
 * access) before an app may reply: the post mentions the account, or quotes one of its posts.
 * A quoted post Timedeck did not receive cannot be checked, so it does not count.
 */
export function isSummoned(
  post: Pick<Post, 'entities' | 'referenced'>,
  account: Replier,
  context: SummonContext,
): boolean {
  const mentioned = post.entities.mentions.some(
    (m) => m.id === account.id || sameName(m.username, account.username),
  );
  if (mentioned) return true;
  return post.referenced.some((ref) => {
    if (ref.type !== 'quoted') return false;
    const quoted = context.postsById[ref.id];
    if (!quoted) return false;
    if (quoted.authorId === account.id) return true;
    const author = context.usersById[quoted.authorId];
    return author !== undefined && sameName(author.username, account.username);
  });
}

/** Through the API, or through X's web intent in the browser where the API would refuse. */
export type ReplyRoute = 'api' | 'intent';

export function replyRoute(
  post: Pick<Post, 'entities' | 'referenced'>,
  account: Replier & { capabilities: Pick<Capabilities, 'reply'> },
  context: SummonContext,
): ReplyRoute {
  if (account.capabilities.reply === 'always') return 'api';
  return isSummoned(post, account, context) ? 'api' : 'intent';
}
