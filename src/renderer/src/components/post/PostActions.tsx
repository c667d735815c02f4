import type { ReactNode } from 'react';
import { useStore } from '../../store';
import * as commands from '../../store/post-commands';
import type { PostIconName } from '../header/icon-images';
import { PostIcon } from '../header/icons';

function Action({
  icon,
  label,
  tip,
  pressed,
  onClick,
}: {
  icon: PostIconName;
  /** The accessible name: what it does, to whose post. */
  label: string;
  /** Shown on hover and focus. */
  tip: ReactNode;
  pressed?: boolean;
  onClick(): void;
}) {
  return (
    <button
      type="button"
      className={`post-action${pressed ? ' done' : ''}`}
      aria-label={label}
      aria-pressed={pressed}
      onClick={onClick}
    >
      <PostIcon name={icon} />
      <span className="action-tip" aria-hidden="true">
        {tip}
      </span>
    </button>
  );
}

/**
 * What one can do with a post, as one row of icon buttons; each says what it does on hover and
 * focus. Where X's API would refuse (a reply the author did not summon, a like, a quote), the
 * button says it opens x.com and does so in the browser.
 */
export function PostActions({
  columnId,
  postId,
  handle,
  reposted = false,
}: {
  columnId: string;
  postId: string;
  handle: string;
  /** The user reposted it (from here, or it is in the column as their repost). */
  reposted?: boolean;
}) {
  const replyRoute = useStore((s) => commands.replyRouteIn(s, columnId, postId));
  const canRepost = useStore((s) => commands.canRepostIn(s, columnId));
  const pinned = useStore((s) => s.pinnedPosts.has(postId));
  const pinPost = useStore((s) => s.pinPost);
  const onX = ' (opens x.com)';
  return (
    <div className="post-actions" role="group" aria-label={`Actions on the post by ${handle}`}>
      <Action
        icon="reply"
        label={`Reply to ${handle}${replyRoute === 'intent' ? onX : ''}`}
        tip={
          replyRoute === 'intent'
            ? 'Reply on x.com (X lets apps reply only when the author mentioned this account)'
            : 'Reply (r)'
        }
        onClick={() => commands.replyTo(columnId, postId)}
      />
      <Action
        icon="repost"
        label={`Repost the post by ${handle}${canRepost ? '' : onX}`}
        tip={reposted ? 'You reposted this' : canRepost ? 'Repost (t)' : 'Repost on x.com'}
        pressed={reposted}
        onClick={() => commands.repost(columnId, postId)}
      />
      <Action
        icon="like"
        label={`Like the post by ${handle}${onX}`}
        tip="Like it on x.com"
        onClick={() => commands.like(postId)}
      />
      <Action
        icon="quote"
        label={`Quote the post by ${handle}${onX}`}
        tip="Quote it on x.com"
        onClick={() => commands.quote(postId)}
      />
      <Action
        icon="open"
        label={`Open the post by ${handle} on X`}
        tip="Open on X (o)"
        onClick={() => commands.openOnX(postId)}
      />
      <Action
        icon="link"
        label={`Copy the link to the post by ${handle}`}
        tip="Copy link"
        onClick={() => commands.copyLink(postId)}
      />
      <Action
        icon="pin"
        label={`${pinned ? 'Unpin' : 'Pin'} the post by ${handle}`}
        tip={
          pinned
            ? 'Pinned: kept in your archive for good (find it with is:pinned)'
            : 'Pin: keep it in your archive beyond the retention period'
        }
        pressed={pinned}
        onClick={() => void pinPost(postId, !pinned)}
      />
    </div>
  );
}
