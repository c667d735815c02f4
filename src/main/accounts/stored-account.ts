import { z } from 'zod';
import {
  AccountViewSchema,
  ApiTierSchema,
  DEFAULT_CALLBACK_PORT,
  X_API_BASE_URL,
} from '../../shared/accounts/schema';

/** An account as main keeps it: `tokens` is the vault's ciphertext of a TokenSet, never plain. */
export const StoredAccountSchema = AccountViewSchema.omit({ capabilities: true }).extend({
  id: z.string().min(1),
  tokens: z.string().nullable(),
});
export type StoredAccount = z.infer<typeof StoredAccountSchema>;

/** The user's own X developer app. The client secret, if any, is vault ciphertext too. */
export const XAppSchema = z.object({
  clientId: z.string().nullable(),
  clientSecret: z.string().nullable(),
  callbackPort: z.number().int().min(1024).max(65535),
  apiBaseUrl: z.string(),
  tier: ApiTierSchema,
  /**
   * The app's app-only Bearer Token (vault ciphertext), for X's counts endpoints only; never
   * sent to the renderer. Optional: without it nothing is estimated.
   */
  bearerToken: z.string().nullable(),
});
export type XApp = z.infer<typeof XAppSchema>;

export const defaultXApp = (): XApp => ({
  clientId: null,
  clientSecret: null,
  callbackPort: DEFAULT_CALLBACK_PORT,
  apiBaseUrl: X_API_BASE_URL,
  tier: 'self-serve',
  bearerToken: null,
});
