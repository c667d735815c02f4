import { useStore } from '../../store';
import * as commands from '../../store/post-commands';

/**
 * What one can do with a post. Where X's API would refuse (a reply the author did not summon,
 * a like, a quote), the button says it opens x.com and does so in the browser.
 */
export function PostActions({
  columnId,
  postId,
  handle,
}: {
  columnId: string;
  postId: string;
  handle: string;
}) {
  const replyRoute = useStore((s) => commands.replyRouteIn(s, columnId, postId));
  const canRepost = useStore((s) => commands.canRepostIn(s, columnId));
  const onX = ' (opens x.com)';
  return (
    <div className="post-actions" role="group" aria-label={`Actions on the post by ${handle}`}>
      <button
        type="button"
        className="post-action"
        aria-label={`Reply to ${handle}${replyRoute === 'intent' ? onX : ''}`}
        title={
          replyRoute === 'intent'
            ? 'X lets apps reply only when the author mentioned this account: reply on x.com'
            : 'Reply (r)'
        }
        onClick={() => commands.replyTo(columnId, postId)}
      >
        ↩ Reply{replyRoute === 'intent' ? ' ↗' : ''}
      </button>
      <button
        type="button"
        className="post-action"
        aria-label={`Repost the post by ${handle}${canRepost ? '' : onX}`}
        title="Repost (t)"
        onClick={() => commands.repost(columnId, postId)}
      >
        ⟲ Repost{canRepost ? '' : ' ↗'}
      </button>
      <button
        type="button"
        className="post-action"
        aria-label={`Like the post by ${handle}${onX}`}
        title="Like it on x.com"
        onClick={() => commands.like(postId)}
      >
        ♡ Like ↗
      </button>
      <button
        type="button"
        className="post-action"
        aria-label={`Quote the post by ${handle}${onX}`}
        title="Quote it on x.com"
        onClick={() => commands.quote(postId)}
      >
        ❝ Quote ↗
      </button>
      <button
        type="button"
        className="post-action"
        aria-label={`Open the post by ${handle} on X`}
        title="Open on X (o)"
        onClick={() => commands.openOnX(postId)}
      >
        Open on X
      </button>
      <button
        type="button"
        className="post-action"
        aria-label={`Copy the link to the post by ${handle}`}
        onClick={() => commands.copyLink(postId)}
      >
        Copy link
      </button>
    </div>
  );
}
