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
});
export type AppInfo = z.infer<typeof AppInfoSchema>;
