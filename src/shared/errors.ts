import { z } from 'zod';
import { XErrorSchema } from './x/errors';

/**
 * Every refusal that crosses the bridge is one of these kinds. The renderer shows `message`
 * as it is, so main writes it for the user, not for a developer.
 */
export const ERROR_KINDS = [
  'invalid_payload', // the request did not match the channel's schema
  'unknown_channel',
  'forbidden_sender', // the request came from a frame that is not Timedeck's own
  'not_found',
  'conflict', // a valid request that the current state does not allow
  'locked', // the time box forbids it
  'x', // X refused or failed: see `x`
  'internal',
] as const;

export const AppErrorKindSchema = z.enum(ERROR_KINDS);
export type AppErrorKind = z.infer<typeof AppErrorKindSchema>;

export const AppErrorSchema = z.object({
  kind: AppErrorKindSchema,
  message: z.string(),
  channel: z.string().optional(),
  /** Which fields of the payload were wrong, for invalid_payload. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** For kind 'x': what X said, typed, so the UI can offer the right way out (an intent, a wait). */
  x: XErrorSchema.optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
