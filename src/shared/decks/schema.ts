import { z } from 'zod';

export const COLUMN_TYPES = ['search', 'mentions', 'home', 'user', 'list'] as const;
export const COLUMN_WIDTHS = ['narrow', 'medium', 'wide'] as const;

export const COLUMN_TYPE_LABELS: Record<ColumnType, string> = {
  search: 'Search',
  mentions: 'Mentions',
  home: 'Home timeline',
  user: "A user's posts",
  list: 'List',
};

export const Id = z.string().min(1).max(64);

const name = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} can't be empty`)
    .max(max, `${what} can be at most ${max} characters`);

export const DeckNameSchema = name('A deck name', 40);
export const ColumnTitleSchema = name('A column title', 60);

export const ColumnTypeSchema = z.enum(COLUMN_TYPES, {
  error: `A column type must be one of: ${COLUMN_TYPES.join(', ')}`,
});
export const ColumnWidthSchema = z.enum(COLUMN_WIDTHS, {
  error: `A column width must be one of: ${COLUMN_WIDTHS.join(', ')}`,
});

export const ColumnSchema = z.object({
  id: Id,
  type: ColumnTypeSchema,
  title: ColumnTitleSchema,
  width: ColumnWidthSchema,
});

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

/** What the user edits: everything but the id, which main assigns. */
export const ColumnDraftSchema = ColumnSchema.omit({ id: true }).strict();
export const ColumnPatchSchema = ColumnDraftSchema.partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Nothing to change');
export type ColumnDraft = z.infer<typeof ColumnDraftSchema>;
export type ColumnPatch = z.infer<typeof ColumnPatchSchema>;

export const MAX_DECKS = 9;
export const MAX_COLUMNS = 30;
