import { useStore } from '../../store';
import { selectInboxOpen } from '../../store/inbox-selectors';
import { InboxOpenCount } from './InboxOpenCount';

export function ColumnInboxCount({ accountId }: { accountId: string | null }) {
  const count = useStore(selectInboxOpen(accountId));
  return <InboxOpenCount count={count} />;
}
