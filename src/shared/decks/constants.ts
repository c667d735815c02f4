// The decks' plain values, apart from their zod schemas (schema.ts) so that the renderer can use
// them without bundling zod.

export const COLUMN_TYPES = [
  'search',
  'mentions',
  'home',
  'user',
  'list',
  'archive',
  'inbox',
] as const;
export const COLUMN_WIDTHS = ['narrow', 'medium', 'wide'] as const;

export const COLUMN_TYPE_LABELS: Record<(typeof COLUMN_TYPES)[number], string> = {
  search: 'Search',
  mentions: 'Mentions',
  home: 'Home timeline',
  user: "A user's posts",
  list: 'List',
  archive: 'Archive (search what you have read, no cost)',
  inbox: 'Inbox (customers waiting for an answer, no cost)',
};

/** How narrow and how wide a column's edge may be dragged. */
export const MIN_COLUMN_PX = 240;
export const MAX_COLUMN_PX = 800;
/** The preset widths in pixels, for a column whose edge was never dragged. */
export const PRESET_COLUMN_PX: Record<(typeof COLUMN_WIDTHS)[number], number> = {
  narrow: 280,
  medium: 340,
  wide: 440,
};

export const DECK_NAME_MAX = 40;
export const COLUMN_TITLE_MAX = 60;

/** The floor under any refresh interval; the real minimum depends on the account's limits. */
export const MIN_REFRESH_MS = 15_000;
export const MAX_REFRESH_MS = 60 * 60_000;
export const DEFAULT_REFRESH_MS = 2 * 60_000;

/** How many removed columns main keeps, newest first, each restorable with all its settings. */
export const REMOVED_COLUMNS_KEPT = 10;
