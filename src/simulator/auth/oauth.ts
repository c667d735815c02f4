import type { Random } from '../world/prng';
import { verifierMatches } from './pkce';
import { KNOWN_SCOPES } from './scopes';

/**
 * X's OAuth 2.0 authorization server in miniature: authorization codes that live 30 seconds,
 * access tokens that live two hours, refresh tokens that rotate on every use (offline.access
 * only), and a reused refresh token revoking its whole chain, as token-theft detection does.
 */
export interface OAuthClient {
  clientId: string;
  clientSecret?: string;
  redirectUris: string[];
}

export const CODE_LIFE_MS = 30 * 1000;
export const ACCESS_LIFE_MS = 2 * 60 * 60 * 1000;

interface Grant {
  clientId: string;
  userId: string;
  scopes: string[];
  revoked: boolean;
}

interface AccessToken {
  grant: Grant;
  expiresAt: number;
  revoked: boolean;
}

interface RefreshToken {
  grant: Grant;
  used: boolean;
}

interface AuthCode {
  clientId: string;
  redirectUri: string;
  userId: string;
  scopes: string[];
  challenge: string;
  method: string;
  expiresAt: number;
  used: boolean;
}

export interface TokenResponse {
  token_type: 'bearer';
  expires_in: number;
  access_token: string;
  scope: string;
  refresh_token?: string;
}

export type Authenticated =
  | { kind: 'user'; token: string; userId: string; clientId: string; scopes: string[] }
  | { kind: 'app'; token: string; clientId: string };

/** Errors of the token endpoint: RFC 6749 bodies, as X sends them. */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
  get body() {
    return { error: this.error, error_description: this.description };
  }
}

export type AuthorizeOutcome =
  | { kind: 'redirect'; location: string }
  /** No safe place to send the browser back to: X shows its own error page. */
  | { kind: 'page'; status: number; message: string };

export interface AuthorizeRequest {
  response_type?: string;
  client_id?: string;
  redirect_uri?: string;
  state?: string;
  scope?: string;
  code_challenge?: string;
  code_challenge_method?: string;
}

export class OAuthServer {
  private readonly codes = new Map<string, AuthCode>();
  private readonly access = new Map<string, AccessToken>();
  private readonly refresh = new Map<string, RefreshToken>();
  private readonly appTokens = new Map<string, string>();

  constructor(
    private readonly clients: OAuthClient[],
    private readonly random: Random,
  ) {}

  client(clientId: string | undefined): OAuthClient | undefined {
    return this.clients.find((c) => c.clientId === clientId);
  }

  /** The consent step, approved at once for `userId`. */
  /** `deny`: the user pressed "Cancel" on X's consent page (X redirects with access_denied). */
  authorize(req: AuthorizeRequest, userId: string, now: number, deny = false): AuthorizeOutcome {
    const client = this.client(req.client_id);
    if (!client)
      return {
        kind: 'page',
        status: 400,
        message: 'Something went wrong: this app is not known (client_id).',
      };
    if (!req.redirect_uri || !client.redirectUris.includes(req.redirect_uri)) {
      return {
        kind: 'page',
        status: 400,
        message: 'Something went wrong: the callback URL is not registered for this app.',
      };
    }
    const back = (params: Record<string, string>) => {
      const url = new URL(req.redirect_uri!);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      if (req.state !== undefined) url.searchParams.set('state', req.state);
      return { kind: 'redirect' as const, location: url.toString() };
    };
    if (deny) return back({ error: 'access_denied' });
    if (req.response_type !== 'code') return back({ error: 'unsupported_response_type' });
    const method = (req.code_challenge_method ?? 'plain').toLowerCase();
    if (!req.code_challenge || (method !== 's256' && method !== 'plain')) {
      return back({
        error: 'invalid_request',
        error_description: 'PKCE code_challenge is required',
      });
    }
    const scopes = (req.scope ?? '').split(/[ +]/).filter(Boolean);
    if (
      scopes.length === 0 ||
      scopes.some((s) => !(KNOWN_SCOPES as readonly string[]).includes(s))
    ) {
      return back({ error: 'invalid_scope' });
    }
    const code = this.newSecret(64);
    this.codes.set(code, {
      clientId: client.clientId,
      redirectUri: req.redirect_uri,
      userId,
      scopes,
      challenge: req.code_challenge,
      method,
      expiresAt: now + CODE_LIFE_MS,
      used: false,
    });
    return back({ code });
  }

  /** Client authentication: confidential clients by Basic header, public ones by client_id. */
  authenticateClient(
    basic: { id: string; secret: string } | undefined,
    bodyClientId: string | undefined,
  ): OAuthClient {
    if (basic) {
      const client = this.client(basic.id);
      if (!client || !client.clientSecret || client.clientSecret !== basic.secret) {
        throw new OAuthError(401, 'unauthorized_client', 'Missing valid authorization header');
      }
      return client;
    }
    const client = this.client(bodyClientId);
    if (!client)
      throw new OAuthError(400, 'invalid_request', 'Missing required parameter [client_id].');
    if (client.clientSecret)
      throw new OAuthError(401, 'unauthorized_client', 'Missing valid authorization header');
    return client;
  }

  exchangeCode(
    client: OAuthClient,
    p: { code?: string; code_verifier?: string; redirect_uri?: string },
    now: number,
  ): TokenResponse {
    const code = p.code ? this.codes.get(p.code) : undefined;
    if (!code || code.used || code.clientId !== client.clientId || now > code.expiresAt) {
      if (code) code.used = true;
      throw new OAuthError(
        400,
        'invalid_request',
        'Value passed for the authorization code was invalid.',
      );
    }
    code.used = true;
    if (p.redirect_uri !== code.redirectUri) {
      throw new OAuthError(
        400,
        'invalid_request',
        'Value passed for the redirect_uri does not match the authorization request.',
      );
    }
    if (!p.code_verifier || !verifierMatches(p.code_verifier, code.challenge, code.method)) {
      throw new OAuthError(
        400,
        'invalid_request',
        'Value passed for the code_verifier was invalid.',
      );
    }
    return this.issue(
      { clientId: client.clientId, userId: code.userId, scopes: code.scopes, revoked: false },
      now,
    );
  }

  refreshTokens(client: OAuthClient, refreshToken: string | undefined, now: number): TokenResponse {
    const entry = refreshToken ? this.refresh.get(refreshToken) : undefined;
    if (!entry || entry.grant.revoked || entry.grant.clientId !== client.clientId) {
      throw new OAuthError(400, 'invalid_request', 'Value passed for the token was invalid.');
    }
    if (entry.used) {
      // A refresh token used twice has leaked: end every token descended from the same sign-in.
      entry.grant.revoked = true;
      throw new OAuthError(400, 'invalid_request', 'Value passed for the token was invalid.');
    }
    entry.used = true;
    return this.issue(entry.grant, now);
  }

  /** Revoking a refresh token ends the sign-in; revoking an access token ends only that token. */
  revoke(client: OAuthClient, token: string | undefined): void {
    if (!token) throw new OAuthError(400, 'invalid_request', 'Missing required parameter [token].');
    const access = this.access.get(token);
    if (access && access.grant.clientId === client.clientId) access.revoked = true;
    const refresh = this.refresh.get(token);
    if (refresh && refresh.grant.clientId === client.clientId) refresh.grant.revoked = true;
  }

  /** OAuth 2.0 app-only bearer token (client_credentials), for confidential clients. */
  appToken(client: OAuthClient): { token_type: 'bearer'; access_token: string } {
    let token = [...this.appTokens].find(([, id]) => id === client.clientId)?.[0];
    if (!token) {
      token = `AAAAAAAAAAAAAAAAAAAAA${this.newSecret(80)}`;
      this.appTokens.set(token, client.clientId);
    }
    return { token_type: 'bearer', access_token: token };
  }

  /** Signs a user in without the browser (demo mode, tests). */
  issueFor(clientId: string, userId: string, scopes: string[], now: number): TokenResponse {
    return this.issue({ clientId, userId, scopes, revoked: false }, now);
  }

  authenticate(bearer: string | undefined, now: number): Authenticated | undefined {
    if (!bearer) return undefined;
    const appClient = this.appTokens.get(bearer);
    if (appClient) return { kind: 'app', token: bearer, clientId: appClient };
    const entry = this.access.get(bearer);
    if (!entry || entry.revoked || entry.grant.revoked || now >= entry.expiresAt) return undefined;
    return {
      kind: 'user',
      token: bearer,
      userId: entry.grant.userId,
      clientId: entry.grant.clientId,
      scopes: entry.grant.scopes,
    };
  }

  /** Fault injection: one token (and its sign-in), or every token there is. */
  revokeForFault(token?: string): void {
    if (token === undefined) {
      for (const entry of this.access.values()) entry.grant.revoked = true;
      this.appTokens.clear();
      return;
    }
    const entry = this.access.get(token) ?? this.refresh.get(token);
    if (entry) entry.grant.revoked = true;
    this.appTokens.delete(token);
  }

  private issue(grant: Grant, now: number): TokenResponse {
    const accessToken = this.newSecret(86);
    this.access.set(accessToken, { grant, expiresAt: now + ACCESS_LIFE_MS, revoked: false });
    const response: TokenResponse = {
      token_type: 'bearer',
      expires_in: ACCESS_LIFE_MS / 1000,
      access_token: accessToken,
      scope: grant.scopes.join(' '),
    };
    if (grant.scopes.includes('offline.access')) {
      const refreshToken = this.newSecret(86);
      this.refresh.set(refreshToken, { grant, used: false });
      response.refresh_token = refreshToken;
    }
    return response;
  }

  private newSecret(length: number): string {
    return this.random.alnum(length);
  }
}
