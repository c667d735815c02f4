import type { Post } from '../x/types';

/**
 * Which posts the support inbox takes in, and as what. A customer's post that mentions a brand
 * account, replies to one, or was found by a support search opens (or joins) a conversation; a
 * reply by one of the owner's own accounts to a customer answers one — whether it was sent from
 * Timedeck or typed on X, so the inbox stays right either way.
 */

/** A conversation is X's conversation and the customer in it: two customers, two cases. */
export interface ConversationKey {
  conversationId: string;
  customerId: string;
}

export const conversationKeyId = (key: ConversationKey): string =>
  `${key.conversationId}:${key.customerId}`;

export interface BrandAccount {
  /** The X user id. */
  id: string;
  username: string;
}

/** Where the post was read: which column, of which kind, as which account. */
export interface IntakeSource {
  columnId: string;
  /** A search column built for support (brand names, misspellings, products). */
  supportSearch: boolean;
  /** The X id of the account the column reads as. */
  accountXId: string;
}

export type Intake =
  | {
      kind: 'customer';
      key: ConversationKey;
      /** The brand account the customer is talking to. */
      brandId: string;
      via: 'mention' | 'search';
      /** Whether the API may reply to it (the customer mentioned or replied to the brand). */
      summoned: boolean;
    }
  | { kind: 'answer'; key: ConversationKey; brandId: string }
  | null;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function intakeOf(
  post: Pick<
    Post,
    'id' | 'authorId' | 'conversationId' | 'inReplyToUserId' | 'referenced' | 'entities'
  >,
  source: IntakeSource,
  brands: readonly BrandAccount[],
  /** The X ids of all the owner's accounts, brand and personal. */
  ownIds: ReadonlySet<string>,
): Intake {
  if (post.referenced.some((r) => r.type === 'retweeted')) return null;
  const conversationId = post.conversationId ?? post.id;

  if (ownIds.has(post.authorId)) {
    const customer = post.inReplyToUserId;
    if (!customer || ownIds.has(customer)) return null;
    const brand = brands.find((b) => b.id === post.authorId);
    if (!brand) return null;
    return { kind: 'answer', key: { conversationId, customerId: customer }, brandId: brand.id };
  }

  const key = { conversationId, customerId: post.authorId };
  const mentions = (b: BrandAccount) =>
    post.entities.mentions.some((m) => m.id === b.id || same(m.username, b.username));
  const addressed = brands.find((b) => mentions(b) || post.inReplyToUserId === b.id);
  if (addressed) {
    // X's reply rule counts the mention, not the thread: a reply without the handle in it
    // (rare; X adds it) goes through X's reply intent.
    const summoned = mentions(addressed);
    return { kind: 'customer', key, brandId: addressed.id, via: 'mention', summoned };
  }
  const searcher = brands.find((b) => b.id === source.accountXId);
  if (source.supportSearch && searcher) {
    return { kind: 'customer', key, brandId: searcher.id, via: 'search', summoned: false };
  }
  return null;
}
