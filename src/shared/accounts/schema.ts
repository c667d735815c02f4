import { z } from 'zod';

import { ACCOUNT_COLORS, API_TIERS } from './constants';

export { ACCOUNT_COLORS, API_TIERS } from './constants';
export const ApiTierSchema = z.enum(API_TIERS);
export type ApiTier = z.infer<typeof ApiTierSchema>;

export const AccountColorSchema = z.enum(ACCOUNT_COLORS, {
  error: 'Pick one of the offered colours',
});

export const AccountRoleSchema = z
  .string({ error: 'A role must be text' })
  .trim()
  .min(1, "A role can't be empty")
  .max(30, 'A role can be at most 30 characters');

export const DEFAULT_CALLBACK_PORT = 53682;
export const X_API_BASE_URL = 'https://api.x.com';

/**
 * The OAuth 2.0 scopes Timedeck asks for. like.write only where the app's tier still allows
 * likes through the API (since 2026 self-serve apps cannot like).
 */
export function scopesFor(tier: ApiTier): string[] {
  const scopes = ['tweet.read', 'users.read', 'tweet.write', 'list.read', 'offline.access'];
  return tier === 'enterprise' ? [...scopes, 'like.write'] : scopes;
}

/** What the API lets an account do; where it says no, the UI offers X's web intent instead. */
export const CapabilitiesSchema = z.object({
  post: z.boolean(),
  /** Replies through the API only to authors who mentioned or quoted the account. */
  reply: z.enum(['always', 'when-summoned']),
  repost: z.boolean(),
  like: z.boolean(),
  quote: z.boolean(),
});
export type Capabilities = z.infer<typeof CapabilitiesSchema>;

export const capabilitiesFor = (tier: ApiTier): Capabilities => ({
  post: true,
  reply: tier === 'enterprise' ? 'always' : 'when-summoned',
  repost: true,
  like: tier === 'enterprise',
  quote: tier === 'enterprise',
});

export const AccountStateSchema = z.enum(['ok', 'needs-sign-in']);

/** An account as the renderer sees it: never a token, in any form. */
export const AccountViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  role: z.string(),
  color: AccountColorSchema,
  demo: z.boolean(),
  state: AccountStateSchema,
  capabilities: CapabilitiesSchema,
});
export type AccountView = z.infer<typeof AccountViewSchema>;

export const SignInStatusSchema = z.object({
  attemptId: z.string(),
  authorizeUrl: z.string(),
  phase: z.enum(['waiting', 'exchanging', 'done', 'failed']),
  /** Plain words: why it failed, or which account was added. */
  message: z.string().optional(),
});
export type SignInStatus = z.infer<typeof SignInStatusSchema>;

/**
 * How safe the tokens are at rest: 'secure' when the OS keeps the key (Keychain, DPAPI, a
 * keyring), 'weak' when the OS offers only obfuscation (Linux without a keyring), 'unavailable'
 * when nothing can be encrypted.
 */
export const StorageStrengthSchema = z.enum(['secure', 'weak', 'unavailable']);
export type StorageStrength = z.infer<typeof StorageStrengthSchema>;

export const AccountsStateSchema = z.object({
  accounts: z.array(AccountViewSchema),
  signIn: SignInStatusSchema.nullable(),
  storage: StorageStrengthSchema,
  weakStorageAllowed: z.boolean(),
});
export type AccountsState = z.infer<typeof AccountsStateSchema>;

const Port = z
  .number({ error: 'The callback port must be a number' })
  .int()
  .min(1024, 'Use a port from 1024 to 65535')
  .max(65535, 'Use a port from 1024 to 65535');

export const XAppInputSchema = z
  .object({
    clientId: z.string().trim().max(200).nullable(),
    /** undefined keeps the stored secret, null removes it. */
    clientSecret: z.string().trim().min(1).max(200).nullable().optional(),
    callbackPort: Port,
    apiBaseUrl: z.url({ protocol: /^https?$/, error: 'The API base URL must be an http(s) URL' }),
    tier: ApiTierSchema,
    /** The app-only Bearer Token: undefined keeps the stored one, null removes it. */
    bearerToken: z
      .string()
      .trim()
      .min(20, 'That is not a whole bearer token: copy it again from the developer console')
      .max(400)
      .regex(/^[A-Za-z0-9%._~+/=-]+$/, 'A bearer token has no spaces or quotes')
      .nullable()
      .optional(),
  })
  .strict();
export type XAppInput = z.infer<typeof XAppInputSchema>;

export const XAppViewSchema = z.object({
  clientId: z.string().nullable(),
  hasClientSecret: z.boolean(),
  callbackPort: z.number(),
  /** The exact URL to register in the X developer portal. */
  callbackUrl: z.string(),
  apiBaseUrl: z.string(),
  tier: ApiTierSchema,
  /** No client ID: the app runs against the simulator. */
  demo: z.boolean(),
  /** An app-only bearer token is kept (it never leaves main). */
  hasBearerToken: z.boolean(),
});
export type XAppView = z.infer<typeof XAppViewSchema>;

export const callbackUrlFor = (port: number) => `http://127.0.0.1:${port}/callback`;
