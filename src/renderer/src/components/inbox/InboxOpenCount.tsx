import '../../styles/inbox.css';
import '../../styles/unread.css';

/** How many conversations wait for an answer, beside an Inbox column's title or its deck's tab. */
export function InboxOpenCount({ count }: { count: number | null }) {
  if (count === null) return null;
  const words = `${count} open conversation${count === 1 ? '' : 's'}`;
  return (
    <span className="inbox-open-count" title={words} data-open={count}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
