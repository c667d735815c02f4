import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';

/**
 * The owner's tags on a post's author, as small chips, and the way to their person card. The
 * same chips show in every column, since tags belong to the person (their X id), not the post.
 */
export function AuthorTags({
  authorId,
  handle,
  postId,
  columnId,
}: {
  authorId: string;
  handle: string;
  postId: string;
  columnId: string;
}) {
  const tags = useStore(
    useShallow((s) => {
      const ids = s.peopleTags?.byPerson[authorId];
      if (!ids) return [];
      return ids.flatMap((id) => s.peopleTags!.tags.filter((t) => t.id === id));
    }),
  );
  const openPerson = useStore((s) => s.openPerson);
  return (
    <span className="author-tags">
      {tags.map((t) => (
        <span key={t.id} className="tag-chip" style={{ borderColor: t.color, color: t.color }}>
          {t.name}
        </span>
      ))}
      <button
        type="button"
        className="link-button person-open"
        aria-label={`About @${handle}`}
        title={`@${handle}: tags, notes, outcomes`}
        onClick={() => openPerson(authorId, { postId, columnId })}
      >
        ⓘ
      </button>
    </span>
  );
}
