import { useStore } from '../../store';
import { PostAuthor } from './PostAuthor';
import { PostText } from './PostText';

/** A quoted or replied-to post, compact; X did not always send it along. */
export function ReferencedPost({
  postId,
  kind,
}: {
  postId: string;
  kind: 'quoted' | 'replied_to';
}) {
  const post = useStore((s) => s.postCache.postsById[postId]);
  const author = useStore((s) => (post ? s.postCache.usersById[post.authorId] : undefined));
  const label = kind === 'quoted' ? 'Quoted post' : 'In reply to';
  if (!post) {
    return kind === 'quoted' ? <p className="referenced-missing">Quoted post unavailable</p> : null;
  }
  return (
    <blockquote className={`referenced-post ${kind}`} aria-label={label}>
      <div className="referenced-head">
        {kind === 'replied_to' && <span className="muted">In reply to </span>}
        <PostAuthor user={author} size={18} />
      </div>
      <PostText text={post.text} entities={post.entities} />
    </blockquote>
  );
}
