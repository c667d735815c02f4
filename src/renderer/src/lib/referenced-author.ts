import type { Post, XUser } from '../../../shared/x/types';

// A link to a post on X or Twitter: the author's username, then the post's id.
const POST_LINK =
  /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\/(\w{1,15})\/status(?:es)?\/(\d+)/i;

/**
 * The username of whoever wrote the post that `post` replies to or quotes, where `post` itself
 * tells: the replied-to user (inReplyToUserId, named by a stored user or by the mention with
 * that id), or the link to the quoted post among its links. Undefined when it does not say.
 */
export function referencedAuthor(
  post: Pick<Post, 'inReplyToUserId' | 'entities'>,
  kind: 'replied_to' | 'quoted',
  referencedId: string,
  usersById: Readonly<Record<string, XUser | undefined>>,
): string | undefined {
  if (kind === 'replied_to') {
    const userId = post.inReplyToUserId;
    if (!userId) return undefined;
    return (
      usersById[userId]?.username ?? post.entities.mentions.find((m) => m.id === userId)?.username
    );
  }
  for (const url of post.entities.urls) {
    const match = POST_LINK.exec(url.expandedUrl ?? '');
    if (match && match[2] === referencedId) return match[1];
  }
  return undefined;
}
