import { z } from 'zod';
import { WriteKindSchema } from './prices-schema';

export { DEFAULT_PRICES, WRITE_KINDS, type PriceTable, type WriteKind } from './prices';
export { PriceTableSchema, WriteKindSchema } from './prices-schema';

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
