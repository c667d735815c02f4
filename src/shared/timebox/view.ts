import { z } from 'zod';
import { TimeboxSettingsSchema } from './settings';
import {
  BudgetDaySchema,
  PendingChangeSchema,
  TimeboxStatusSchema,
  WarningLevelSchema,
  seconds,
} from './status';

/** An override under way, as the lock panel shows it. */
export const OverrideFlowViewSchema = z.object({
  state: z.enum(['idle', 'waiting', 'granted', 'refused']),
  /** While waiting: how much of the 30 focused seconds is left (the whole wait while away). */
  waitRemainingMs: z.number().min(0).optional(),
  focused: z.boolean().optional(),
  message: z.string().optional(),
  minutes: z.number().optional(),
});
export type OverrideFlowView = z.infer<typeof OverrideFlowViewSchema>;

/** Everything the renderer shows of the time box; main pushes it as 'timebox.changed'. */
export const TimeboxViewSchema = z.object({
  status: TimeboxStatusSchema,
  override: OverrideFlowViewSchema,
  /** The deck on screen, whose lock the window shows. */
  shownDeckId: z.string().nullable(),
});
export type TimeboxView = z.infer<typeof TimeboxViewSchema>;

export const TimeboxWarningSchema = z.object({
  level: WarningLevelSchema.exclude(['none']),
  deckId: z.string().nullable(),
  remainingSeconds: z.number().min(0),
  message: z.string(),
});
export type TimeboxWarning = z.infer<typeof TimeboxWarningSchema>;

export const TimeboxSettingsViewSchema = z.object({
  /** What the user set (in force now, or from the next reset for loosening changes). */
  desired: TimeboxSettingsSchema,
  /** What holds today. */
  active: TimeboxSettingsSchema,
  pending: z.array(PendingChangeSchema),
  nextResetAt: z.number(),
});
export type TimeboxSettingsView = z.infer<typeof TimeboxSettingsViewSchema>;

/** One budget day of the report: time beside what it brought. */
export const ReportDaySchema = z.object({
  day: BudgetDaySchema,
  budgetSeconds: seconds,
  usedSeconds: seconds,
  decks: z.record(z.string(), seconds),
  accounts: z.record(z.string(), seconds),
  postsSent: z.number().int().min(0),
  repliesSent: z.number().int().min(0),
  postsRead: z.number().int().min(0),
  dollars: z.number().min(0),
  overrideMinutes: z.number().min(0),
});
export type ReportDay = z.infer<typeof ReportDaySchema>;

export const ReportEntryViewSchema = z.object({
  kind: z.string(),
  day: BudgetDaySchema,
  at: z.number(),
  /** Plain words: "Clock moved forward by 1 day", "Override: 5 min — 'launch day'". */
  text: z.string(),
});

export const TimeReportSchema = z.object({
  days: z.array(ReportDaySchema),
  entries: z.array(ReportEntryViewSchema),
  sessions: z.array(
    z.object({
      day: BudgetDaySchema,
      purpose: z.string(),
      activeSeconds: seconds,
      lengthSeconds: seconds,
      endedEarly: z.boolean(),
      postsSeen: z.number().int().min(0),
      repliesSent: z.number().int().min(0),
      postsSent: z.number().int().min(0),
    }),
  ),
});
export type TimeReport = z.infer<typeof TimeReportSchema>;
