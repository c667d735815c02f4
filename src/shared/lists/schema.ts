import { z } from 'zod';
import { Id } from '../decks/schema';
import { XListSchema } from '../x/types';

/** The lists an account owns, for the List column's picker. */
export const OwnedListsRequestSchema = z.object({ accountId: Id }).strict();

export const OwnedListsSchema = z.object({
  lists: z.array(XListSchema),
  /** X has more than the pages read: the id field is the way to the rest. */
  more: z.boolean(),
});
export type OwnedLists = z.infer<typeof OwnedListsSchema>;
