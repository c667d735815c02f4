import { z } from 'zod';
import { CHANGE_CAUSES, CONVERSATION_STATES } from './conversation-state';

/** The inbox's shapes on the IPC boundary (channels in src/shared/ipc/contract.ts). */

export const ConversationStateSchema = z.enum(CONVERSATION_STATES);

const XId = z.string().regex(/^\d{1,19}$/, 'An X id is a number');
/** conversationKeyId: "<X conversation id>:<customer's X id>". */
export const ConversationKeySchema = z
  .string()
  .regex(/^\d{1,19}:\d{1,19}$/, 'Not a conversation of the inbox');

export const StateChangeSchema = z.object({
  at: z.number(),
  from: ConversationStateSchema,
  to: ConversationStateSchema,
  cause: z.enum(CHANGE_CAUSES),
  snoozedUntil: z.number().optional(),
  postId: z.string().optional(),
});

/** What a conversation cost: posts X billed in it, dollars (reads and replies), minutes on it. */
export const ConversationCostSchema = z.object({
  postsRead: z.number().int().min(0),
  dollars: z.number().min(0),
  /** Time it was open on screen while the time box counted the owner present. */
  attentionMs: z.number().min(0),
});

/** One conversation as the Inbox column shows it. */
export const ConversationViewSchema = z.object({
  key: ConversationKeySchema,
  conversationId: z.string(),
  customerId: z.string(),
  customerUsername: z.string().nullable(),
  /** The brand account (an X id, which is the account's id in Timedeck). */
  brandId: z.string(),
  via: z.enum(['mention', 'search']),
  sourceColumnId: z.string(),
  /** Whether the API may reply; if not, "Reply on X" (X's reply intent). */
  summoned: z.boolean(),
  lastPostId: z.string(),
  /** Plain text: the renderer shows it as text, never HTML. */
  lastPostText: z.string(),
  state: ConversationStateSchema,
  snoozedUntil: z.number().nullable(),
  stateSince: z.number(),
  openedAt: z.number(),
  firstResponseAt: z.number().nullable(),
  canUndo: z.boolean(),
  history: z.array(StateChangeSchema),
  cost: ConversationCostSchema,
});
export type ConversationView = z.infer<typeof ConversationViewSchema>;

export const InboxCountsSchema = z.object({
  open: z.number().int(),
  waiting: z.number().int(),
  snoozed: z.number().int(),
  done: z.number().int(),
});
export type InboxCounts = z.infer<typeof InboxCountsSchema>;

export const InboxListRequestSchema = z
  .object({
    state: ConversationStateSchema.optional(),
    /** Only one brand account's conversations. */
    accountId: XId.optional(),
  })
  .strict();

export const InboxListSchema = z.object({
  conversations: z.array(ConversationViewSchema),
  /** Counts over the conversations the user may see now (a locked deck's are left out). */
  counts: InboxCountsSchema,
});
export type InboxList = z.infer<typeof InboxListSchema>;

const Keys = z
  .array(ConversationKeySchema)
  .min(1, 'Pick a conversation')
  .max(200, 'At most 200 conversations at once');

export const SnoozeChoiceSchema = z.union([
  z.enum(['later-today', 'tomorrow', 'next-week']),
  z.object({ until: z.number().int() }).strict(),
]);

/** A triage action on one conversation or several (batch done). */
export const InboxActRequestSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.enum(['done', 'waiting', 'reopen', 'undo']),
      keys: Keys,
    })
    .strict(),
  /** The user confirms they sent the reply on X ("I sent it"). */
  z.object({ action: z.literal('sentOnX'), keys: Keys }).strict(),
  z.object({ action: z.literal('snooze'), keys: Keys, choice: SnoozeChoiceSchema }).strict(),
]);
export type InboxActRequest = z.infer<typeof InboxActRequestSchema>;

export const InboxActResultSchema = z.object({
  /** The conversations as they are after the action (unchanged ones too). */
  conversations: z.array(ConversationViewSchema),
  counts: InboxCountsSchema,
});

/** Sent when the inbox changes; the renderer asks for the list again. */
export const InboxChangedSchema = z.object({ at: z.number() });

/**
 * What the lock panel and the deck tabs may show: counts and the oldest wait, never a post. It
 * counts locked decks' conversations too (numbers, no reading), and asks nothing of X.
 */
export const InboxSummarySchema = z.object({
  open: z.number().int().min(0),
  /** When the longest-waiting open conversation started waiting; null with none open. */
  oldestOpenSince: z.number().nullable(),
});
export type InboxSummary = z.infer<typeof InboxSummarySchema>;

const count = z.number().int().min(0);
export const InboxPeriodSchema = z.object({
  /** The budget day ("2026-11-30"), or the first day of a seven-day week. */
  day: z.string(),
  start: z.number(),
  end: z.number(),
  opened: count,
  answered: count,
  done: count,
  medianFirstResponseMs: z.number().nullable(),
  oldestOpenWaitMs: z.number().nullable(),
  /**
   * What conversations cost in the period (reads, replies, minutes dated in it), and that total
   * per conversation answered in it (the mean; null with none answered).
   */
  cost: z.object({
    total: ConversationCostSchema,
    perAnswered: z
      .object({
        postsRead: z.number().min(0),
        dollars: z.number().min(0),
        attentionMs: z.number().min(0),
      })
      .nullable(),
  }),
});
export type InboxPeriod = z.infer<typeof InboxPeriodSchema>;

/** Response metrics per budget day (the time box's days, newest last) and the last 7 days. */
export const InboxMetricsSchema = z.object({
  days: z.array(InboxPeriodSchema),
  week: InboxPeriodSchema,
});
export type InboxMetrics = z.infer<typeof InboxMetricsSchema>;

export const InboxSessionRequestSchema = z
  .object({ since: z.number().int().min(0), until: z.number().int().min(0) })
  .strict();

const SessionConversation = z.object({
  key: ConversationKeySchema,
  /** "@handle", or null when X did not say: who, never what they wrote. */
  customer: z.string().nullable(),
});
/** What an "Answer the inbox" session did: conversations answered, and closed, in it. */
export const InboxSessionSchema = z.object({
  answered: z.array(SessionConversation),
  done: z.array(SessionConversation),
});
export type InboxSession = z.infer<typeof InboxSessionSchema>;

/**
 * Which conversation is open on screen now (its item or "Reply on X" in an Inbox column: `key`;
 * the composer replying to a post: `inReplyToId`, which main maps to its conversation), or none.
 */
export const InboxAttendRequestSchema = z
  .object({
    key: ConversationKeySchema.nullable(),
    inReplyToId: XId.optional(),
  })
  .strict();
export type InboxAttendRequest = z.infer<typeof InboxAttendRequestSchema>;

/** The conversation main now counts the owner's time for (null: none). */
export const InboxAttendSchema = z.object({ key: ConversationKeySchema.nullable() });
