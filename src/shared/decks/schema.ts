import { z } from 'zod';
import { ColumnFiltersSchema, NO_FILTERS, UsernameSchema } from '../search/column-filters';
import { RECENT_SEARCH_QUERY_LIMIT, SupportSearchSchema } from '../search/support-query';
import {
  COLUMN_TITLE_MAX,
  COLUMN_TYPES,
  COLUMN_WIDTHS,
  DECK_NAME_MAX,
  DEFAULT_REFRESH_MS,
  MAX_COLUMN_PX,
  MAX_REFRESH_MS,
  MIN_COLUMN_PX,
  MIN_REFRESH_MS,
} from './constants';

export * from './constants';

export const Id = z.string().min(1).max(64);

const name = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} can't be empty`)
    .max(max, `${what} can be at most ${max} characters`);

export const DeckNameSchema = name('A deck name', DECK_NAME_MAX);
export const ColumnTitleSchema = name('A column title', COLUMN_TITLE_MAX);

export const ColumnTypeSchema = z.enum(COLUMN_TYPES, {
  error: `A column type must be one of: ${COLUMN_TYPES.join(', ')}`,
});
export const ColumnWidthSchema = z.enum(COLUMN_WIDTHS, {
  error: `A column width must be one of: ${COLUMN_WIDTHS.join(', ')}`,
});

export const RefreshIntervalSchema = z
  .number({ error: 'A refresh interval must be a number of milliseconds' })
  .int()
  .min(MIN_REFRESH_MS, 'A column refreshes at most every 15 seconds')
  .max(MAX_REFRESH_MS, 'A column refreshes at least once an hour');

/**
 * A column is data: its type says what it shows, `accountId` as whom (null until the user picks
 * an account), and the type's own parameters: a search its X query (and the support-search spec
 * it was built from), a user column a username, a list column a list id. A column missing what
 * its type needs is kept and says so, rather than refused.
 */
const ColumnFields = z.object({
  id: Id,
  type: ColumnTypeSchema,
  title: ColumnTitleSchema,
  width: ColumnWidthSchema,
  /** The width the user dragged its edge to, in CSS pixels; absent: the preset `width`. */
  widthPx: z
    .number({ error: 'A column width must be a number of pixels' })
    .int('A column width must be whole pixels')
    .min(MIN_COLUMN_PX, `A column is at least ${MIN_COLUMN_PX} pixels wide`)
    .max(MAX_COLUMN_PX, `A column is at most ${MAX_COLUMN_PX} pixels wide`)
    .optional(),
  accountId: Id.nullable(),
  query: z
    .string()
    .trim()
    .max(
      RECENT_SEARCH_QUERY_LIMIT,
      `A search can be at most ${RECENT_SEARCH_QUERY_LIMIT} characters; split it over several columns`,
    )
    .optional(),
  builder: SupportSearchSchema.optional(),
  username: UsernameSchema.optional(),
  listId: z
    .string()
    .regex(/^\d{1,19}$/, 'A list id is a number')
    .optional(),
  intervalMs: RefreshIntervalSchema,
  notify: z.boolean(),
  filters: ColumnFiltersSchema,
});

export const ColumnSchema = ColumnFields;

export const DeckSchema = z.object({
  id: Id,
  name: DeckNameSchema,
  columns: z.array(ColumnSchema).max(30),
});

export const DecksStateSchema = z.object({
  decks: z.array(DeckSchema).min(1).max(9),
  activeDeckId: Id,
});

export type ColumnType = z.infer<typeof ColumnTypeSchema>;
export type ColumnWidth = z.infer<typeof ColumnWidthSchema>;
export type Column = z.infer<typeof ColumnSchema>;
export type Deck = z.infer<typeof DeckSchema>;
export type DecksState = z.infer<typeof DecksStateSchema>;

/** What the user edits: everything but the id, which main assigns. Omitted settings get defaults. */
export const ColumnDraftSchema = ColumnFields.omit({ id: true })
  .extend({
    accountId: Id.nullable().default(null),
    intervalMs: RefreshIntervalSchema.default(DEFAULT_REFRESH_MS),
    notify: z.boolean().optional(),
    filters: ColumnFiltersSchema.default(NO_FILTERS),
  })
  .strict();
export const ColumnPatchSchema = ColumnFields.omit({ id: true })
  .partial()
  // null removes the support-search spec, when the user switches to a hand-written query.
  .extend({ builder: SupportSearchSchema.nullable().optional() })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Nothing to change');
export type ColumnDraft = z.input<typeof ColumnDraftSchema>;
export type ParsedColumnDraft = z.output<typeof ColumnDraftSchema>;
export type ColumnPatch = z.infer<typeof ColumnPatchSchema>;
export type ColumnPatchInput = z.input<typeof ColumnPatchSchema>;

export const MAX_DECKS = 9;
export const MAX_COLUMNS = 30;
