import { z } from 'zod';
import { MonthForecastSchema } from '../spend/forecast';
import { XErrorKindSchema } from '../x/errors';
import { MediaSchema, PostSchema, XUserSchema } from '../x/types';
import { MAX_DRAFT_CHARS } from '../posts/draft-cap';

export { MAX_POSTS_PER_COLUMN } from './limits';

/**
 * Why a column shows what it shows. Main decides; the renderer puts it in words with the
 * `message` main wrote, counting down to `until` where there is one.
 */
export const COLUMN_STATES = [
  'idle', // not polled yet
  'loading',
  'ok',
  'needs-setup', // a search without a query, a user column without a username, ...
  'needs-account', // no account chosen for the column
  'needs-sign-in', // its account's session is gone
  'rate-limited', // waiting for X's window to reset (until)
  'offline', // X unreachable or failing: retrying with backoff (until)
  'invalid', // X refused the query: polling stopped until the column is edited
  'spend-cap', // the monthly API spend cap is reached: polling stopped
  'locked', // the time box has locked the deck
  'error', // anything else X said no to (message)
] as const;
export const ColumnStateSchema = z.enum(COLUMN_STATES);
export type ColumnState = z.infer<typeof ColumnStateSchema>;

export const ColumnStatusSchema = z.object({
  columnId: z.string(),
  state: ColumnStateSchema,
  message: z.string().optional(),
  /** X's own words where they help (an invalid query). */
  xMessage: z.string().optional(),
  errorKind: XErrorKindSchema.optional(),
  /** When the column will try again (rate limit reset, backoff retry), ms since epoch. */
  until: z.number().optional(),
  lastUpdatedAt: z.number().optional(),
  /** Posts this column read from X today (UTC day, as X bills). */
  readsToday: z.number().int().min(0),
});
export type ColumnStatus = z.infer<typeof ColumnStatusSchema>;

/**
 * Posts for a column: `prepend` adds newer posts on top (what polling brings), `replace` sets
 * the whole column (the cache at start, after an edit). Authors, referenced posts and media
 * travel with them, so the renderer's post store can show every card.
 */
export const ColumnPostsSchema = z.object({
  columnId: z.string(),
  mode: z.enum(['prepend', 'replace']),
  /** The column's posts in this batch, newest first. */
  posts: z.array(PostSchema),
  /** Posts referenced by those (replied-to, quoted, reposted). */
  referenced: z.array(PostSchema),
  users: z.array(XUserSchema),
  media: z.array(MediaSchema),
});
export type ColumnPosts = z.infer<typeof ColumnPostsSchema>;

export const ColumnSnapshotSchema = z.object({
  posts: z.array(ColumnPostsSchema),
  statuses: z.array(ColumnStatusSchema),
  /** Where each column's read marker stands: the newest post the user has seen. */
  readMarkers: z.record(z.string(), z.string()),
});
export type ColumnSnapshot = z.infer<typeof ColumnSnapshotSchema>;

export const SpendViewSchema = z.object({
  /** UTC day, as X bills. */
  day: z.string(),
  accounts: z.array(
    z.object({
      accountId: z.string(),
      postsRead: z.number().int().min(0),
      usersRead: z.number().int().min(0),
      dollars: z.number().min(0),
      /** This month so far and where it is heading, for this account. */
      month: MonthForecastSchema,
    }),
  ),
  /** The whole developer app: every account, and the app's own requests (counts). */
  app: MonthForecastSchema,
  /** Each column's estimated cost today and its average a day over the last 7 days. */
  columns: z.array(
    z.object({
      columnId: z.string(),
      /** What one post this column reads costs (owned reads for Mentions). */
      pricePerRead: z.number().min(0),
      todayDollars: z.number().min(0),
      averageDollars: z.number().min(0),
    }),
  ),
  monthToDateDollars: z.number().min(0),
  /** The monthly cap from settings (null: none); polling stops when it is reached. */
  monthlyCapDollars: z.number().min(0).nullable(),
  capReached: z.boolean(),
});
export type SpendView = z.infer<typeof SpendViewSchema>;

export const ComposeRequestSchema = z
  .object({
    accountId: z.string().min(1),
    text: z.string().min(1, "A post can't be empty").max(25_000),
    inReplyToId: z
      .string()
      .regex(/^\d{1,19}$/)
      .optional(),
    /** The saved answer the reply was made from: its use is recorded when it is sent. */
    answerId: z
      .string()
      .regex(/^\d{1,15}$/)
      .optional(),
  })
  .strict();

export const DraftSchema = z.object({
  accountId: z.string().nullable(),
  text: z.string().max(MAX_DRAFT_CHARS),
  inReplyToId: z.string().nullable(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** A post asked for itself (a card's "show the post it replies to"), with its context. */
export const PostContextSchema = z.object({
  posts: z.array(PostSchema),
  referenced: z.array(PostSchema),
  users: z.array(XUserSchema),
  media: z.array(MediaSchema),
});
export type PostContext = z.infer<typeof PostContextSchema>;
