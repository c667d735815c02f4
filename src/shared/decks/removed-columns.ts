import { z } from 'zod';
import { REMOVED_COLUMNS_KEPT } from './constants';
import { ColumnSchema, Id } from './schema';

export { REMOVED_COLUMNS_KEPT };

/**
 * A removed column, kept by main (and across restarts) with what puts it back: its deck, its
 * place there, every setting (a built support query can be 300+ characters).
 */
export const RemovedColumnSchema = z.object({
  /** Unique per removal: the same column may be removed, restored and removed again. */
  key: Id,
  deckId: Id,
  index: z.number().int().min(0).max(100),
  column: ColumnSchema,
});
export type RemovedColumn = z.infer<typeof RemovedColumnSchema>;

/** The history, newest first. */
export const RemovedColumnsSchema = z.array(RemovedColumnSchema).max(REMOVED_COLUMNS_KEPT);
export type RemovedColumns = z.infer<typeof RemovedColumnsSchema>;
