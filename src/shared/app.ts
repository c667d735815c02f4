import { z } from 'zod';

/** A message main wants the user to see once: a recovered store, a refused request, ... */
export const NoticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  at: z.number(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'harness']),
  /** True when no X client ID is configured and the app runs against the simulator. */
  demo: z.boolean(),
  notices: z.array(NoticeSchema),
  /** Show the first-run sheet: a first start whose sheet was not answered or skipped yet. */
  firstRun: z.boolean(),
});

/** The first-run sheet's answer; an empty one is "Skip" (the defaults stay). */
export const FirstRunAnswerSchema = z
  .object({
    /** Today's budget, and every day's after it, in minutes. */
    dailyMinutes: z
      .number({ error: 'The budget must be a number of minutes' })
      .int('The budget must be whole minutes')
      .min(1, 'The budget is at least a minute')
      .max(24 * 60, 'The budget can be at most a day')
      .optional(),
  })
  .strict();
export type FirstRunAnswer = z.infer<typeof FirstRunAnswerSchema>;
export type AppInfo = z.infer<typeof AppInfoSchema>;
