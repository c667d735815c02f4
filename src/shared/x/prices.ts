import { z } from 'zod';
import { hasLink } from '../posts/weighted-length';

/**
 * THE price table: every dollar figure Timedeck shows or sums comes from here (the spend ledger,
 * the volume preview, the composer's price before Send). Defaults are X's published pay-per-use
 * prices, read from X's docs (Getting started > Pricing) on PRICES_READ_ON; the user can override
 * them in settings when X changes its prices.
 */
export const PRICES_READ_ON = '2026-11-30';
export const PRICES_SOURCE = 'https://docs.x.com/x-api/getting-started/pricing';

const dollars = z.number().min(0).max(100);

export const PriceTableSchema = z.object({
  /** Posts: Read, per post returned (each post once per app and UTC day). */
  postRead: dollars.default(0.005),
  userRead: dollars.default(0.01),
  listRead: dollars.default(0.005),
  /** Reads of the account's own data through X's "owned read" endpoints, whatever the resource. */
  ownedRead: dollars.default(0.001),
  postCreate: dollars.default(0.015),
  postCreateWithUrl: dollars.default(0.2),
  /** A reply to an author who summoned the account: the only reply X allows apps. */
  replySummoned: dollars.default(0.01),
  /** Repost, like, follow. */
  interactionCreate: dollars.default(0.015),
  /** Undoing a repost or like. */
  interactionDelete: dollars.default(0.01),
  /** Deleting one's own post. */
  contentManage: dollars.default(0.005),
  /** GET /2/tweets/counts/recent ("Counts: Recent"), per request whatever it counts. */
  countsRecent: dollars.default(0.005),
});
export type PriceTable = z.infer<typeof PriceTableSchema>;

export const DEFAULT_PRICES: PriceTable = PriceTableSchema.parse({});

/** Billed per request rather than per resource read. */
export const WRITE_KINDS = [
  'postCreate',
  'postCreateWithUrl',
  'replySummoned',
  'interactionCreate',
  'interactionDelete',
  'contentManage',
  'countsRecent',
] as const;
export const WriteKindSchema = z.enum(WRITE_KINDS);
export type WriteKind = z.infer<typeof WriteKindSchema>;

/**
 * Which price X charges for a new post (docs: Pricing): a reply (apps may only reply when
 * summoned) has its own price, and any other post with a link costs far more than one without.
 * Links are found the way X finds them, bare domains included.
 */
export type PostKind = Extract<WriteKind, 'postCreate' | 'postCreateWithUrl' | 'replySummoned'>;

export function postCreateKind(text: string, isReply: boolean): PostKind {
  if (isReply) return 'replySummoned';
  return hasLink(text) ? 'postCreateWithUrl' : 'postCreate';
}

/** What sending this post will cost, at the table's prices. */
export const postPrice = (text: string, isReply: boolean, prices: PriceTable = DEFAULT_PRICES) =>
  prices[postCreateKind(text, isReply)];
