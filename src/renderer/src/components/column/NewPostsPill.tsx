/** "3 new posts": shown while the user reads further down; takes them to the top. */
export function NewPostsPill({ count, onClick }: { count: number; onClick(): void }) {
  if (count <= 0) return null;
  return (
    <button type="button" className="new-posts-pill" onClick={onClick}>
      ↑ {count} new post{count === 1 ? '' : 's'}
    </button>
  );
}
