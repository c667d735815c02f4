import { isBrandRole } from '../../../shared/inbox/brand-role';
import { columnAccountFilter, countsOf } from '../lib/inbox-view';
import type { Store } from './index';

const brandIdsOf = (s: Store): string[] =>
  (s.accounts?.accounts ?? []).filter((a) => isBrandRole(a.role)).map((a) => a.id);

/** Open conversations an Inbox column counts (its brand account's, or every brand's). */
export const selectInboxOpen =
  (accountId: string | null) =>
  (s: Store): number =>
    s.inbox
      ? countsOf(s.inbox.conversations, columnAccountFilter(accountId, brandIdsOf(s))).open
      : 0;

/** The open conversations of a deck's Inbox columns ("Support 7"); null for a deck without one. */
export const selectDeckInboxOpen =
  (deckId: string) =>
  (s: Store): number | null => {
    const deck = s.layout?.decks.find((d) => d.id === deckId);
    const inboxes = deck?.columns.filter((c) => c.type === 'inbox') ?? [];
    if (inboxes.length === 0 || !s.inbox) return null;
    const filters = inboxes.map((c) => columnAccountFilter(c.accountId, brandIdsOf(s)));
    // Several Inbox columns of one deck may show the same conversations: each counts once.
    const all = filters.includes('all');
    return s.inbox.conversations.filter(
      (c) => c.state === 'open' && (all || filters.includes(c.brandId)),
    ).length;
  };

/**
 * The conversation open on screen, as main should hear it: the composer replying to a post (main
 * finds the post's conversation, if any), else the one drafted for "Reply on X", else the one
 * focused in an Inbox column; none otherwise. A string, so a change is one comparison.
 */
export function selectInboxAttention(s: Store): string {
  if (s.composerOpen && s.draft.inReplyToId)
    return JSON.stringify({ key: null, inReplyToId: s.draft.inReplyToId });
  return JSON.stringify({ key: s.inboxReplyingOnX ?? s.inboxFocused ?? null });
}
