import type { XError, XResult } from '../../shared/x/errors';
import type { Clock } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import { OAuthError, type OAuthClient, type TokenSet } from './oauth-client';
import type { StoredAccount } from './stored-account';
import type { SecretVault } from './vault';

/** Refresh this long before X's expiry, so that no request goes out with a dying token. */
export const REFRESH_AHEAD_MS = 5 * 60_000;

export interface AccountRepo {
  get(accountId: string): StoredAccount | undefined;
  /** Must be durable when it returns: a rotated refresh token is the only one that still works. */
  save(account: StoredAccount): void;
}

export interface SessionDeps {
  repo: AccountRepo;
  vault: SecretVault;
  oauth: () => OAuthClient;
  clock: Clock;
  log: Logger;
  /** An account's state changed (e.g. to needs-sign-in). */
  changed(): void;
  /** Tells the user why an account needs to sign in again, where no column would say it. */
  notice?(message: string): void;
}

type SessionProblem = Pick<XError, 'kind' | 'message'>;

class SessionError extends Error {
  constructor(readonly problem: SessionProblem) {
    super(problem.message);
  }
}

/**
 * Keeps every account's API session alive: refresh ahead of expiry and after a 401, one refresh
 * at a time per account (concurrent callers wait for it), the rotated tokens saved durably
 * before the new access token is handed out. A refresh X refuses moves the account to
 * "needs sign-in" and nothing retries it in a loop.
 */
export function createSessionManager(deps: SessionDeps) {
  const inFlight = new Map<string, Promise<TokenSet>>();

  const readTokens = (account: StoredAccount): TokenSet | null =>
    account.tokens ? (JSON.parse(deps.vault.decrypt(account.tokens)) as TokenSet) : null;

  const needsSignIn = (account: StoredAccount) =>
    new SessionError({ kind: 'auth', message: `@${account.username} needs to sign in again` });

  /**
   * The tokens, or needs-sign-in when the vault cannot decrypt them (the keyring changed, the
   * file was copied from another machine): they will never decrypt, so asking again is a loop.
   */
  function tokensOf(account: StoredAccount): TokenSet | null {
    try {
      return readTokens(account);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      markNeedsSignIn(account.id, `its tokens could not be decrypted: ${why}`);
      deps.notice?.(
        `Timedeck could not unlock the sign-in of @${account.username} (the system keyring may have changed). Sign in again to reconnect it.`,
      );
      throw new SessionError({
        kind: 'auth',
        message: `Timedeck could not unlock this account’s sign-in: sign @${account.username} in again.`,
      });
    }
  }

  function storeTokens(account: StoredAccount, tokens: TokenSet): StoredAccount {
    const next: StoredAccount = {
      ...account,
      state: 'ok',
      tokens: deps.vault.encrypt(JSON.stringify(tokens)),
    };
    deps.repo.save(next);
    return next;
  }

  function markNeedsSignIn(accountId: string, why: string) {
    const account = deps.repo.get(accountId);
    if (!account || account.state === 'needs-sign-in') return;
    deps.log.warn(`account ${accountId} needs sign-in: ${why}`);
    deps.repo.save({ ...account, state: 'needs-sign-in', tokens: null });
    deps.changed();
  }

  function refresh(accountId: string): Promise<TokenSet> {
    const running = inFlight.get(accountId);
    if (running) return running;
    const job = (async () => {
      const account = deps.repo.get(accountId);
      if (!account || account.state !== 'ok')
        throw needsSignIn(account ?? ({ username: accountId } as StoredAccount));
      const current = tokensOf(account);
      if (!current?.refreshToken) {
        markNeedsSignIn(accountId, 'no refresh token');
        throw needsSignIn(account);
      }
      try {
        const fresh = await deps.oauth().refresh(current.refreshToken);
        // X rotates refresh tokens; keep the old one only if X sent none.
        const tokens = { ...fresh, refreshToken: fresh.refreshToken ?? current.refreshToken };
        storeTokens(deps.repo.get(accountId) ?? account, tokens);
        return tokens;
      } catch (e) {
        if (
          e instanceof OAuthError &&
          (e.kind === 'invalid_grant' || e.kind === 'invalid_client')
        ) {
          markNeedsSignIn(accountId, e.message);
          throw needsSignIn(account);
        }
        const kind =
          e instanceof OAuthError && e.kind === 'unavailable' ? 'unavailable' : 'network';
        throw new SessionError({ kind, message: e instanceof Error ? e.message : String(e) });
      }
    })();
    inFlight.set(accountId, job);
    const clear = () => inFlight.delete(accountId);
    job.then(clear, clear);
    return job;
  }

  async function getAccessToken(accountId: string): Promise<string> {
    const running = inFlight.get(accountId);
    if (running) return (await running).accessToken;
    const account = deps.repo.get(accountId);
    if (!account)
      throw new SessionError({ kind: 'auth', message: 'That account is no longer signed in' });
    if (account.state !== 'ok') throw needsSignIn(account);
    const tokens = tokensOf(account);
    if (!tokens) throw needsSignIn(account);
    if (tokens.expiresAt - deps.clock.now() > REFRESH_AHEAD_MS) return tokens.accessToken;
    return (await refresh(accountId)).accessToken;
  }

  /** After a 401: refresh, unless another caller already replaced the token that failed. */
  async function tokenAfterUnauthorized(accountId: string, failedToken: string): Promise<string> {
    const running = inFlight.get(accountId);
    if (running) return (await running).accessToken;
    const account = deps.repo.get(accountId);
    const current = account ? tokensOf(account) : null;
    if (current && current.accessToken !== failedToken) return current.accessToken;
    return (await refresh(accountId)).accessToken;
  }

  /**
   * Runs an X call with the account's token; on 'auth' it refreshes once and retries once. A
   * second 'auth' means X no longer accepts this session: the account needs sign-in.
   */
  async function withSession<T>(
    accountId: string,
    call: (accessToken: string) => Promise<XResult<T>>,
  ): Promise<XResult<T>> {
    try {
      const token = await getAccessToken(accountId);
      const first = await call(token);
      if (first.ok || first.error.kind !== 'auth') return first;
      const second = await call(await tokenAfterUnauthorized(accountId, token));
      if (!second.ok && second.error.kind === 'auth')
        markNeedsSignIn(accountId, 'X refused a freshly refreshed token');
      return second;
    } catch (e) {
      if (e instanceof SessionError) return { ok: false, error: e.problem };
      // Whatever else broke, the caller gets a failure it backs off from, never a throw.
      deps.log.error(`a call as ${accountId} failed unexpectedly`, e);
      return {
        ok: false,
        error: { kind: 'unavailable', message: 'Timedeck could not make this request to X.' },
      };
    }
  }

  return { getAccessToken, tokenAfterUnauthorized, withSession, storeTokens, readTokens };
}

export type SessionManager = ReturnType<typeof createSessionManager>;
