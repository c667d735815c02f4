import { useStore } from '../../store';
import { selectDeckInboxOpen } from '../../store/inbox-selectors';
import { InboxOpenCount } from './InboxOpenCount';

/** "Support 7": a deck with an Inbox column shows its open conversations on its tab. */
export function DeckInboxCount({ deckId }: { deckId: string }) {
  const count = useStore(selectDeckInboxOpen(deckId));
  return <InboxOpenCount count={count} />;
}
