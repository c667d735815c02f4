import { useStore } from '../../store';
import { selectColumnUnread } from '../../store/selectors';
import { UnreadBadge } from '../UnreadBadge';

export function ColumnUnread({ columnId, title }: { columnId: string; title: string }) {
  const count = useStore(selectColumnUnread(columnId));
  return <UnreadBadge count={count} of={title} />;
}
