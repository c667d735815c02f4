import type { SignInStatus } from '../../shared/accounts/schema';
import type { Clock } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import { listenForCallback, SignInFailure } from './callback-server';
import type { OAuthClient, TokenSet } from './oauth-client';
import { authorizeUrl, createPkcePair, createState, type RandomBytes } from './pkce';

export interface Profile {
  id: string;
  username: string;
  name: string;
  avatarUrl: string | null;
}

export interface SignInConfig {
  clientId: string;
  callbackPort: number;
  redirectUri: string;
  authorizeEndpoint: string;
  scopes: string[];
  oauth: OAuthClient;
  fetchProfile(accessToken: string): Promise<Profile>;
  /**
   * "Sign in again" for this account: whoever X says signed in must be it. Anyone else is
   * refused and nothing is kept — not the other account's tokens, not a change to this one.
   */
  expected?: { id: string; username: string };
}

export interface SignInDeps {
  clock: Clock;
  random: RandomBytes;
  log: Logger;
  openExternal(url: string): Promise<void>;
  /** Every change of the attempt's status, for the UI. */
  onStatus(status: SignInStatus): void;
  /** The account is verified: keep it (this may still refuse, e.g. storage not allowed). */
  onSignedIn(profile: Profile, tokens: TokenSet): void;
}

/**
 * OAuth 2.0 Authorization Code with PKCE, as a desktop app does it: listen on the loopback
 * callback first, open X's consent page in the system browser, check the state, exchange the
 * code within its 30-second life, read the profile, and only then hand the account over. One
 * attempt at a time; every failure ends it with a message and leaves nothing half-made.
 */
export function createSignInFlow(deps: SignInDeps) {
  let current: { attemptId: string; cancel(): void } | null = null;
  let counter = 0;

  async function start(config: SignInConfig): Promise<SignInStatus> {
    current?.cancel();
    const attemptId = `signin-${deps.clock.now()}-${++counter}`;
    const { verifier, challenge } = createPkcePair(deps.random);
    const state = createState(deps.random);
    const url = authorizeUrl({
      authorizeEndpoint: config.authorizeEndpoint,
      clientId: config.clientId,
      redirectUri: config.redirectUri,
      scopes: config.scopes,
      state,
      challenge,
    });
    const listener = await listenForCallback({
      port: config.callbackPort,
      expectedState: state,
      clock: deps.clock,
    });
    current = { attemptId, cancel: listener.cancel };
    const status = (phase: SignInStatus['phase'], message?: string) =>
      deps.onStatus({ attemptId, authorizeUrl: url, phase, ...(message ? { message } : {}) });
    status('waiting');

    void (async () => {
      try {
        const code = await listener.code;
        status('exchanging');
        const tokens = await config.oauth
          .exchangeCode(code, verifier, config.redirectUri)
          .catch((e: unknown) => {
            throw new SignInFailure(
              'exchange_failed',
              `X did not complete the sign-in: ${e instanceof Error ? e.message : String(e)}`,
            );
          });
        const profile = await config.fetchProfile(tokens.accessToken).catch((e: unknown) => {
          throw new SignInFailure(
            'profile_failed',
            `Signed in, but X did not say which account: ${e instanceof Error ? e.message : String(e)}`,
          );
        });
        if (config.expected && profile.id !== config.expected.id) {
          throw new SignInFailure(
            'wrong_account',
            `You signed in as @${profile.username} on X; sign in as @${config.expected.username} to reconnect this account.`,
          );
        }
        deps.onSignedIn(profile, tokens);
        status('done', `@${profile.username} is signed in.`);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        deps.log.warn(
          `sign-in ${attemptId} ended: ${e instanceof SignInFailure ? e.kind : 'error'}`,
        );
        status('failed', message);
      } finally {
        if (current?.attemptId === attemptId) current = null;
      }
    })();

    await deps
      .openExternal(url)
      .catch((e: unknown) => deps.log.warn(`could not open the browser: ${String(e)}`));
    return { attemptId, authorizeUrl: url, phase: 'waiting' };
  }

  function cancel(attemptId: string): boolean {
    if (current?.attemptId !== attemptId) return false;
    current.cancel();
    return true;
  }

  return { start, cancel };
}
