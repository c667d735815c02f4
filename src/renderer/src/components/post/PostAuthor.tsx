import type { XUser } from '../../../../shared/x/types';
import { Avatar } from '../Avatar';

// Muted hues, apart from the accounts' own colours, so an author is never taken for an account.
const AUTHOR_COLORS = ['#8a9bb8', '#b89a8a', '#8ab89a', '#b88ab0', '#a5b88a', '#8ab2b8'];
const colorOf = (id: string) =>
  AUTHOR_COLORS[[...id].reduce((sum, c) => sum + c.charCodeAt(0), 0) % AUTHOR_COLORS.length]!;

/** Avatar, name and @handle of a post's author; X sometimes leaves the author out. */
export function PostAuthor({
  user,
  size = 36,
  nameId,
}: {
  user: XUser | undefined;
  size?: number;
  nameId?: string;
}) {
  const name = user?.name ?? 'Unknown author';
  return (
    <>
      <Avatar
        url={user?.profileImageUrl ?? null}
        color={user ? colorOf(user.id) : AUTHOR_COLORS[0]!}
        name={name}
        size={size}
      />
      <span className="post-author" id={nameId}>
        <span className="post-author-name">{name}</span>
        {user && <span className="post-author-handle"> @{user.username}</span>}
      </span>
    </>
  );
}
