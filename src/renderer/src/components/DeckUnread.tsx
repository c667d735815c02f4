import { useStore } from '../store';
import { selectDeckUnread } from '../store/selectors';
import { UnreadBadge } from './UnreadBadge';

export function DeckUnread({ deckId, name }: { deckId: string; name: string }) {
  const count = useStore(selectDeckUnread(deckId));
  return <UnreadBadge count={count} of={name} />;
}
