import { z } from 'zod';

/** A set of tokens as main keeps them (encrypted at rest, never shown to the renderer). */
export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** ms since epoch, on the wall clock of the machine that received it. */
  expiresAt: number;
  scope: string;
}

export type OAuthFailure = 'invalid_grant' | 'invalid_client' | 'network' | 'unavailable';

/** A refusal of X's token endpoint: invalid_grant means the user must sign in again. */
export class OAuthError extends Error {
  constructor(
    readonly kind: OAuthFailure,
    message: string,
  ) {
    super(message);
    this.name = 'OAuthError';
  }
}

const TokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.number().positive(),
  scope: z.string().default(''),
  token_type: z.string(),
});

export interface OAuthClientOptions {
  apiBaseUrl: string;
  clientId: string;
  clientSecret?: string | null;
  now: () => number;
  fetch?: typeof fetch;
}

/**
 * X's OAuth 2.0 token endpoints (/2/oauth2/token and /revoke), form-encoded as X documents them.
 * A confidential client authenticates with HTTP Basic; a public one sends its client_id.
 */
export function createOAuthClient(options: OAuthClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const endpoint = (path: string) => new URL(path, options.apiBaseUrl).href;
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (options.clientSecret) {
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64');
    headers.Authorization = `Basic ${basic}`;
  }

  async function post(path: string, params: Record<string, string>): Promise<unknown> {
    let res: Response;
    try {
      res = await doFetch(endpoint(path), {
        method: 'POST',
        headers,
        body: new URLSearchParams({ client_id: options.clientId, ...params }).toString(),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      throw new OAuthError(
        'network',
        `X could not be reached (${e instanceof Error ? e.message : String(e)})`,
      );
    }
    const body: unknown = await res.json().catch(() => null);
    if (res.ok) return body;
    const error = (body as { error?: string; error_description?: string } | null) ?? {};
    if (res.status >= 500)
      throw new OAuthError('unavailable', `X's sign-in service is unavailable (${res.status})`);
    if (error.error === 'invalid_client' || res.status === 401) {
      throw new OAuthError(
        'invalid_client',
        'X did not accept the client ID (or secret) of your X app',
      );
    }
    throw new OAuthError(
      'invalid_grant',
      error.error_description ?? error.error ?? `X refused (${res.status})`,
    );
  }

  const toTokenSet = (raw: unknown): TokenSet => {
    const parsed = TokenResponse.safeParse(raw);
    if (!parsed.success)
      throw new OAuthError('unavailable', 'X answered the sign-in with something unexpected');
    const t = parsed.data;
    return {
      accessToken: t.access_token,
      refreshToken: t.refresh_token ?? null,
      expiresAt: options.now() + t.expires_in * 1000,
      scope: t.scope,
    };
  };

  return {
    async exchangeCode(code: string, verifier: string, redirectUri: string): Promise<TokenSet> {
      return toTokenSet(
        await post('/2/oauth2/token', {
          grant_type: 'authorization_code',
          code,
          code_verifier: verifier,
          redirect_uri: redirectUri,
        }),
      );
    },
    async refresh(refreshToken: string): Promise<TokenSet> {
      return toTokenSet(
        await post('/2/oauth2/token', { grant_type: 'refresh_token', refresh_token: refreshToken }),
      );
    },
    async revoke(token: string, hint: 'access_token' | 'refresh_token'): Promise<void> {
      await post('/2/oauth2/revoke', { token, token_type_hint: hint });
    },
  };
}

export type OAuthClient = ReturnType<typeof createOAuthClient>;
