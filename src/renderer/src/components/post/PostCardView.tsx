import type { FocusEventHandler } from 'react';
import { postUrl } from '../../../../shared/accounts/intents';
import type { Media, Post, XUser } from '../../../../shared/x/types';
import { ExternalLink } from '../ExternalLink';
import { AuthorTags } from '../people/AuthorTags';
import { countsWithOwn, type OwnAction } from '../../store/own-actions-slice';
import { PostActionsWhenStill } from './PostActionsWhenStill';
import { PostAuthor } from './PostAuthor';
import { PostMedia } from './PostMedia';
import { PostMetrics } from './PostMetrics';
import { PostText } from './PostText';
import { ReferencedPost } from './ReferencedPost';
import { RelativeTime } from './RelativeTime';

export interface PostCardViewProps {
  domId: string;
  columnId: string;
  /** The column's entry: a post, or a repost of `shown`. */
  postId: string;
  /** What the card shows: the post, or the original of a repost. */
  shown: Post;
  author: XUser | undefined;
  /** Set when the entry is a repost: who reposted it. */
  repostedBy: XUser | null | undefined;
  /** The entry is a repost (shown as the original where the store holds it, else as it is). */
  isRepost: boolean;
  media: readonly Media[];
  position: number;
  setSize: number;
  tabbable: boolean;
  onFocus?: FocusEventHandler<HTMLElement>;
  /** What the user did to the shown post from here (its counts include it). */
  own?: OwnAction;
  /** The entry is a repost by one of the user's own accounts. */
  repostedByMe?: boolean;
  /** The author's picture: smaller in the compact density. */
  avatarSize?: number;
}

/** One post: who, when, what (text, media, quoted post), its counts and what one can do. */
export function PostCardView({
  domId,
  columnId,
  postId,
  shown,
  author,
  repostedBy,
  isRepost,
  media,
  position,
  setSize,
  tabbable,
  onFocus,
  own,
  repostedByMe = false,
  avatarSize,
}: PostCardViewProps) {
  const nameId = `${domId}-by`;
  const handle = author ? `@${author.username}` : 'an unknown author';
  const quoted = shown.referenced.find((r) => r.type === 'quoted');
  const repliedTo = shown.referenced.find((r) => r.type === 'replied_to');
  return (
    <article
      id={domId}
      className="post"
      aria-posinset={position}
      aria-setsize={setSize}
      aria-labelledby={nameId}
      tabIndex={tabbable ? 0 : -1}
      onFocus={onFocus}
    >
      {isRepost && (
        <p className={`post-context${repostedByMe ? ' mine' : ''}`}>
          ⟲ {repostedByMe ? 'You' : (repostedBy?.name ?? 'Someone')} reposted
          {repostedByMe && repostedBy ? ` (@${repostedBy.username})` : ''}
        </p>
      )}
      <header className="post-head">
        <PostAuthor user={author} nameId={nameId} size={avatarSize} />
        {author && (
          <AuthorTags
            authorId={author.id}
            handle={author.username}
            postId={shown.id}
            columnId={columnId}
          />
        )}
        <ExternalLink
          href={postUrl(author?.username ?? 'i', shown.id)}
          className="post-time"
          title="Open on X"
        >
          <RelativeTime iso={shown.createdAt} />
        </ExternalLink>
      </header>
      {repliedTo && (
        <ReferencedPost postId={repliedTo.id} kind="replied_to" columnId={columnId} from={shown} />
      )}
      <PostText text={shown.text} entities={shown.entities} />
      {media.length > 0 && <PostMedia media={media} />}
      {quoted && (
        <ReferencedPost columnId={columnId} from={shown} postId={quoted.id} kind="quoted" />
      )}
      <footer className="post-foot">
        <PostActionsWhenStill
          columnId={columnId}
          postId={postId}
          handle={handle}
          reposted={repostedByMe || own?.repostedBy !== undefined}
        />
        {(shown.metrics || own) && <PostMetrics metrics={countsWithOwn(shown.metrics, own)} />}
      </footer>
    </article>
  );
}
