import type { XResult } from '../../shared/x/errors';
import type { Clock } from '../../shared/time/clock';
import { createAccountClients, type TwitterClients } from '../x/client-factory';
import { createInFlight } from '../x/in-flight';
import type { CostTracker, RateLimitTracker } from '../x/trackers';
import { createXClient, type XClient } from '../x/x-client';
import type { ApiTarget } from './accounts-service';
import type { SessionManager } from './session-manager';
import type { Profile } from './sign-in';

export interface XAccessDeps {
  clock: Clock;
  rateLimits: RateLimitTracker;
  costs: CostTracker;
  target(): ApiTarget;
}

/**
 * X calls on behalf of an account: each call gets the session's current token, and a 401 is
 * answered by one refresh and one retry (the session manager decides; see withSession). Each
 * account keeps one twitter-api-v2 client, replaced when its token changes (a refresh, a new
 * sign-in) or the app is aimed elsewhere (demo mode, X).
 */
export function createXAccess(deps: XAccessDeps) {
  const accountClients = new Map<string, TwitterClients>();
  const clientsOf = (accountId: string, userId?: string): TwitterClients => {
    const known = accountClients.get(accountId);
    if (known) return known;
    const made = createAccountClients({
      accountId,
      baseUrl: () => deps.target().apiBaseUrl,
      clock: deps.clock,
      rateLimits: deps.rateLimits,
      ...(userId ? { selfId: () => userId } : {}),
    });
    accountClients.set(accountId, made);
    return made;
  };

  /** The facade is a few closures; the client under it is the account's one. */
  const clientWithToken = (accountId: string, token: string, userId?: string): XClient =>
    createXClient({
      twitter: clientsOf(accountId, userId),
      accountId,
      ...(userId ? { userId } : {}),
      getAccessToken: async () => token,
      clock: deps.clock,
      rateLimits: deps.rateLimits,
      costs: deps.costs,
    });

  const inFlight = createInFlight();

  return {
    /** The signed-in user behind a fresh token: who just signed in. */
    async profile(accessToken: string): Promise<Profile> {
      const me = await inFlight.track(() => clientWithToken('signing-in', accessToken).me());
      if (!me.ok) throw new Error(me.error.message);
      return {
        id: me.value.id,
        username: me.value.username,
        name: me.value.name,
        avatarUrl: me.value.profileImageUrl ?? null,
      };
    },
    run<T>(
      sessions: SessionManager,
      accountId: string,
      call: (client: XClient) => Promise<XResult<T>>,
    ) {
      return inFlight.track(() =>
        sessions.withSession(accountId, (token) =>
          call(clientWithToken(accountId, token, accountId)),
        ),
      );
    },
    /** How many twitter-api-v2 clients an account has had: one per token, not one per call. */
    clientsBuilt: (accountId: string) => accountClients.get(accountId)?.built() ?? 0,
    /** Resolves when no call to X is under way (tests: what a clock step set off has landed). */
    whenIdle: () => inFlight.whenIdle(),
  };
}
