import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Media } from '../../../../shared/x/types';
import { isRepost, shownAuthor, shownPost } from '../../lib/reposts';
import { useStore } from '../../store';
import { PostCardView } from './PostCardView';

export const postDomId = (columnId: string, postId: string) => `post-${columnId}-${postId}`;

interface Props {
  columnId: string;
  postId: string;
  /** 1-based position in the column, and the column's length, for assistive technology. */
  position: number;
  setSize: number;
  /** The one post of the column reachable by Tab (roving focus; j/k move it). */
  tabbable: boolean;
}

const NO_MEDIA: Media[] = [];

/** A post of a column, from the post store: each card re-renders only when its own data does. */
export const PostCard = memo(function PostCard({
  columnId,
  postId,
  position,
  setSize,
  tabbable,
}: Props) {
  const post = useStore((s) => s.postCache.postsById[postId]);
  const shown = useStore((s) => (post ? shownPost(post, s.postCache.postsById).shown : undefined));
  const repost = post !== undefined && isRepost(post);
  const repostedBy = useStore((s) =>
    post && repost ? s.postCache.usersById[post.authorId] : null,
  );
  const author = useStore((s) =>
    post && shown ? shownAuthor(post, shown, s.postCache.usersById) : undefined,
  );
  const mediaKeys = shown?.mediaKeys;
  const media = useStore(
    useShallow((s) =>
      mediaKeys?.length
        ? mediaKeys.map((k) => s.postCache.mediaById[k]).filter((m) => m !== undefined)
        : NO_MEDIA,
    ),
  );
  const setFocus = useStore((s) => s.setFocus);
  const own = useStore((s) => (shown ? s.ownActions[shown.id] : undefined));
  const repostedByMe = useStore(
    (s) =>
      repost &&
      post !== undefined &&
      (s.accounts?.accounts.some((a) => a.id === post.authorId) ?? false),
  );
  const compact = useStore((s) => s.appearance.density === 'compact');
  if (!post || !shown) return null;
  return (
    <PostCardView
      domId={postDomId(columnId, postId)}
      columnId={columnId}
      postId={postId}
      shown={shown}
      author={author}
      repostedBy={repostedBy}
      isRepost={repost}
      media={media}
      position={position}
      setSize={setSize}
      tabbable={tabbable}
      onFocus={() => setFocus(columnId, postId)}
      own={own}
      repostedByMe={repostedByMe}
      avatarSize={compact ? 28 : 36}
    />
  );
});
