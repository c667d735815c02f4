import type { Column } from '../../../shared/decks/schema';

/**
 * The account a deck mostly reads as: the one most of its columns use (a tie goes to the one its
 * leftmost columns use), if it is still signed in; else the first signed-in account; else none.
 */
export function deckAccount(
  columns: readonly Pick<Column, 'accountId'>[],
  signedIn: readonly string[],
): string | null {
  const counts = new Map<string, number>();
  for (const { accountId } of columns) {
    if (accountId && signedIn.includes(accountId))
      counts.set(accountId, (counts.get(accountId) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best ?? signedIn[0] ?? null;
}
