import { hasLink } from '../posts/weighted-length';

/**
 * THE price table: every dollar figure Timedeck shows or sums comes from here (the spend ledger,
 * the volume preview, the composer's price before Send). Defaults are X's published pay-per-use
 * prices, read from X's docs (Getting started > Pricing) on PRICES_READ_ON; the user can override
 * them in settings when X changes its prices. Plain values, no zod, so the renderer can use them;
 * the schema that checks a stored table is in prices-schema.ts.
 */
export const PRICES_READ_ON = '2026-11-30';
export const PRICES_SOURCE = 'https://docs.x.com/x-api/getting-started/pricing';

export const DEFAULT_PRICES = {
  /** Posts: Read, per post returned (each post once per app and UTC day). */
  postRead: 0.005,
  userRead: 0.01,
  listRead: 0.005,
  /** Reads of the account's own data through X's "owned read" endpoints, whatever the resource. */
  ownedRead: 0.001,
  postCreate: 0.015,
  postCreateWithUrl: 0.2,
  /** A reply to an author who summoned the account: the only reply X allows apps. */
  replySummoned: 0.01,
  /** Repost, like, follow. */
  interactionCreate: 0.015,
  /** Undoing a repost or like. */
  interactionDelete: 0.01,
  /** Deleting one's own post. */
  contentManage: 0.005,
  /** GET /2/tweets/counts/recent ("Counts: Recent"), per request whatever it counts. */
  countsRecent: 0.005,
} as const satisfies Record<string, number>;
export type PriceTable = { [K in keyof typeof DEFAULT_PRICES]: number };

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
export type WriteKind = (typeof WRITE_KINDS)[number];

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
