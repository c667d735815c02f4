import '../styles/unread.css';
import { badgeText } from '../lib/unread';

/** A count of unread posts beside a column's or a deck's name; nothing when all is read. */
export function UnreadBadge({ count, of }: { count: number; of: string }) {
  if (count <= 0) return null;
  return (
    <span className="unread-badge" title={`${count} unread in ${of}`}>
      <span aria-hidden="true">{badgeText(count)}</span>
      <span className="visually-hidden">{`${count} unread`}</span>
    </span>
  );
}
