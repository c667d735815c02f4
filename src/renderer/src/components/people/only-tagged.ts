import { useMemo } from 'react';
import { useStore } from '../../store';
import { selectColumn } from '../../store/selectors';

/**
 * A column's ids, kept to posts whose author the owner tagged as the column's "only tagged as"
 * filter says (the shown post's author: a repost counts as its original's). Tags are local, so
 * this is the one filter the window applies; the same array while nothing changes.
 */
export function useOnlyTagged(columnId: string, ids: readonly string[]): readonly string[] {
  const tagId = useStore((s) => selectColumn(columnId)(s)?.filters.onlyTagged);
  const byPerson = useStore((s) => s.peopleTags?.byPerson);
  const postsById = useStore((s) => s.postCache.postsById);
  return useMemo(() => {
    if (!tagId) return ids;
    return ids.filter((id) => {
      let post = postsById.get(id);
      const original = post?.referenced.find((r) => r.type === 'retweeted');
      if (original) post = postsById.get(original.id) ?? post;
      return post !== undefined && (byPerson?.[post.authorId] ?? []).includes(tagId);
    });
  }, [ids, tagId, byPerson, postsById]);
}
