import type { DecksState } from '../../shared/decks/schema';
import { isBrandRole } from '../../shared/inbox/brand-role';

/**
 * Whether the owner asked for the inbox's notifications about a brand account: an Inbox column
 * set to notify that shows its conversations (its own brand account, or all of them).
 */
export function wantsInboxNotice(
  decks: DecksState,
  accounts: ReadonlyArray<{ id: string; role: string }>,
  brandId: string,
): boolean {
  const isBrand = (id: string) => accounts.some((a) => a.id === id && isBrandRole(a.role));
  return decks.decks.some((d) =>
    d.columns.some(
      (c) =>
        c.type === 'inbox' &&
        c.notify &&
        (c.accountId === null || c.accountId === brandId || !isBrand(c.accountId)),
    ),
  );
}
