import { z } from 'zod';

const dollars = z.number().min(0).max(100);

/**
 * Dollars per resource read or per write request. Defaults are X's published pay-per-use
 * prices (docs: Getting started > Pricing, April 2026); the user can override them in settings
 * when X changes its prices.
 */
export const PriceTableSchema = z.object({
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
});
export type PriceTable = z.infer<typeof PriceTableSchema>;

export const DEFAULT_PRICES: PriceTable = PriceTableSchema.parse({});

export const WRITE_KINDS = [
  'postCreate',
  'postCreateWithUrl',
  'replySummoned',
  'interactionCreate',
  'interactionDelete',
  'contentManage',
] as const;
export const WriteKindSchema = z.enum(WRITE_KINDS);
export type WriteKind = z.infer<typeof WriteKindSchema>;

const count = z.number().int().min(0);

/** One account's billable use on one UTC day, as X bills it (each resource once a day). */
export const DaySpendSchema = z.object({
  accountId: z.string(),
  /** UTC day, YYYY-MM-DD: X's deduplication window. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Resources read, owned reads included (as X's usage counts them). */
  postsRead: count,
  usersRead: count,
  listsRead: count,
  /** Of those, the ones read through owned-read endpoints, billed at the owned-read price. */
  owned: z.object({ posts: count, users: count, lists: count }),
  writes: z.record(WriteKindSchema, count),
  dollars: z.number().min(0),
});
export type DaySpend = z.infer<typeof DaySpendSchema>;
