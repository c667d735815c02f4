import { z } from 'zod';
import { DeckIdSchema, TIMEBOX_MODES } from './settings';

/**
 * What main tells the renderer about the time box. Main decides all of it; the renderer only
 * shows it, so every number here is already final (seconds, wall-clock ms for instants).
 */

export const BudgetDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A day is YYYY-MM-DD');

/** 'fault': main hit an error it could not account for, and locked rather than count blind. */
export const LOCK_REASONS = ['total-spent', 'deck-spent', 'sessions-only', 'fault'] as const;
export const LockReasonSchema = z.enum(LOCK_REASONS);
export type LockReason = z.infer<typeof LockReasonSchema>;

export const WARNING_LEVELS = ['none', '5min', '1min'] as const;
export const WarningLevelSchema = z.enum(WARNING_LEVELS);
export type WarningLevel = z.infer<typeof WarningLevelSchema>;

/** A count of seconds, never negative. */
export const seconds = z.number().min(0);

export const BudgetStatusSchema = z.object({
  usedSeconds: seconds,
  budgetSeconds: seconds,
  /** What can still be used here: for a deck, the lesser of its own remainder and the total's. */
  remainingSeconds: seconds,
  locked: z.boolean(),
  lockReason: LockReasonSchema.nullable(),
  /** When a budget lock lifts: the first reset that brings budget back; null if none in sight. */
  opensAt: z.number().nullable(),
  warning: WarningLevelSchema,
  /** The countdown shows only in the last minutes, so it does not become a clock to watch. */
  showCountdown: z.boolean(),
});
export type BudgetStatus = z.infer<typeof BudgetStatusSchema>;

export const DeckStatusSchema = BudgetStatusSchema.extend({
  deckId: DeckIdSchema,
  /** True when the deck has its own cap inside the total. */
  ownBudget: z.boolean(),
});
export type DeckStatus = z.infer<typeof DeckStatusSchema>;

const settingValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A loosening change the user made, waiting for the next reset. */
export const PendingChangeSchema = z.object({
  /** Dotted path of the setting, e.g. "weekdayBudgets.mon" or "deckBudgets.brand". */
  field: z.string(),
  from: settingValue,
  to: settingValue,
});
export type PendingChange = z.infer<typeof PendingChangeSchema>;

export const AccountActivitySchema = z.object({
  postsSeen: z.number().int().min(0),
  repliesSent: z.number().int().min(0),
  postsSent: z.number().int().min(0),
});
export type AccountActivity = z.infer<typeof AccountActivitySchema>;

export const FOCUS_SESSION_STATES = ['running', 'paused', 'finished'] as const;

export const FocusSessionViewSchema = z.object({
  id: z.string().min(1),
  purpose: z.string(),
  state: z.enum(FOCUS_SESSION_STATES),
  startedAt: z.number(),
  lengthSeconds: seconds,
  /** Running time so far (pauses excluded): what the session's countdown is measured in. */
  elapsedSeconds: seconds,
  remainingSeconds: seconds,
  /** Seconds the time box counted during the session: the user's real use. */
  activeSeconds: seconds,
  endedEarly: z.boolean(),
  accounts: z.record(z.string(), AccountActivitySchema),
});
export type FocusSessionView = z.infer<typeof FocusSessionViewSchema>;

export const OverrideAvailabilitySchema = z.object({
  perDay: z.number().int().min(0),
  minutes: z.number().int().min(0),
  usedToday: z.number().int().min(0),
  available: z.boolean(),
});
export type OverrideAvailability = z.infer<typeof OverrideAvailabilitySchema>;

export const TimeboxStatusSchema = z.object({
  enabled: z.boolean(),
  mode: z.enum(TIMEBOX_MODES),
  day: BudgetDaySchema,
  /** The end of the current budget day (wall-clock ms). */
  nextResetAt: z.number(),
  total: BudgetStatusSchema,
  decks: z.array(DeckStatusSchema),
  /** Loosening changes that take effect at nextResetAt. */
  pending: z.array(PendingChangeSchema),
  focusSession: FocusSessionViewSchema.nullable(),
  override: OverrideAvailabilitySchema,
});
export type TimeboxStatus = z.infer<typeof TimeboxStatusSchema>;
