import { memo, useState } from 'react';
import type { Post } from '../../../../shared/x/types';
import { referencedAuthor } from '../../lib/referenced-author';
import { useStore } from '../../store';
import { selectColumn } from '../../store/selectors';
import { PostAuthor } from './PostAuthor';
import { PostText } from './PostText';

type Kind = 'quoted' | 'replied_to';

type From = Pick<Post, 'id' | 'inReplyToUserId' | 'entities'>;

interface Props {
  /** The post it replies to or quotes. */
  postId: string;
  kind: Kind;
  /**
   * Where the store lacks it, a card loads it as this column's account, asking for `from` (the
   * post that replies or quotes). Without them (the composer) nothing is loaded.
   */
  columnId?: string;
  from?: From;
}

const WORDS: Record<Kind, { show: string; missing: string }> = {
  replied_to: {
    show: 'Show the post it replies to',
    missing: 'The post it replies to is not available',
  },
  quoted: { show: 'Show the quoted post', missing: 'The quoted post is not available' },
};

/**
 * What a post replies to or quotes, when the store does not hold it: a button that loads it as
 * the column's account (X bills each post read, so nothing is loaded that the user did not ask
 * for). Once loaded, every card that references it shows it.
 */
function MissingReference({
  postId,
  kind,
  columnId,
  from,
}: Props & { columnId: string; from: From }) {
  const [state, setState] = useState<'idle' | 'loading' | 'missing'>('idle');
  const canLoad = useStore((s) => Boolean(selectColumn(columnId)(s)?.accountId));
  const handle = useStore((s) => referencedAuthor(from, kind, postId, s.postCache.usersById));
  const loadPostContext = useStore((s) => s.loadPostContext);
  const words = WORDS[kind];
  if (!canLoad) {
    return kind === 'quoted' ? <p className="referenced-missing">Quoted post unavailable</p> : null;
  }
  if (state === 'missing') return <p className="referenced-missing">{words.missing}</p>;
  const load = async (button: HTMLButtonElement) => {
    if (state === 'loading') return;
    const card = button.closest('article');
    setState('loading');
    const ok = await loadPostContext(columnId, from.id);
    // Loaded and still not in the store: X no longer has it (deleted, or its author protected).
    setState(ok ? 'missing' : 'idle');
    // The button gives way to what it loaded: keep the keyboard on the card, not lost on the page.
    requestAnimationFrame(() => {
      if (!button.isConnected && card?.isConnected && document.activeElement === document.body) {
        card.focus({ preventScroll: true });
      }
    });
  };
  return (
    <button
      type="button"
      className="referenced-load"
      aria-busy={state === 'loading'}
      onClick={(e) => void load(e.currentTarget)}
    >
      {state === 'loading' ? 'Loading…' : words.show}
      {handle && state !== 'loading' && <span className="muted"> (@{handle})</span>}
    </button>
  );
}

/** A quoted or replied-to post, compact; loaded on request where the store does not have it. */
export const ReferencedPost = memo(function ReferencedPost(props: Props) {
  const { postId, kind, columnId, from } = props;
  const post = useStore((s) => s.postCache.postsById.get(postId));
  const author = useStore((s) => (post ? s.postCache.usersById[post.authorId] : undefined));
  if (!post && columnId !== undefined && from) {
    return <MissingReference postId={postId} kind={kind} columnId={columnId} from={from} />;
  }
  if (!post) {
    return kind === 'quoted' ? <p className="referenced-missing">Quoted post unavailable</p> : null;
  }
  return (
    <blockquote
      className={`referenced-post ${kind}`}
      aria-label={kind === 'quoted' ? 'Quoted post' : 'In reply to'}
    >
      <div className="referenced-head">
        {kind === 'replied_to' && <span className="muted">In reply to </span>}
        <PostAuthor user={author} size={18} />
      </div>
      <PostText text={post.text} entities={post.entities} />
    </blockquote>
  );
});
