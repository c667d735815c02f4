import { FakeClock } from '../../../../src/shared/time/clock';
import { startSimulator, type Simulator } from '../../../../src/simulator/index';
import { createAccountClients, type TwitterClients } from '../../../../src/main/x/client-factory';
import { createCostTracker, createRateLimitTracker } from '../../../../src/main/x/trackers';
import { createXClient, type XClient } from '../../../../src/main/x/x-client';
import { DEFAULT_PRICES } from '../../../../src/shared/x/spend';

/** 10 June 2026, 09:00 UTC: after X's 2026 changes, well inside one UTC day. */
export const START = Date.UTC(2026, 5, 10, 9, 0, 0);

export interface Signed {
  client: XClient;
  userId: string;
  username: string;
  accessToken: string;
  expiresInMs: number;
  /** Makes getAccessToken fail, as when the accounts layer has no token to give. */
  loseToken(): void;
  /** The account's twitter-api-v2 clients: how many were built. */
  clients: TwitterClients;
}

/**
 * A simulator on a free loopback port, Timedeck's trackers, and X clients signed in to it over
 * real HTTP. The clock is fake so that token expiry and rate-limit windows can be walked past.
 */
export async function startRig(o: { tier?: 'self-serve' | 'enterprise' } = {}) {
  const clock = new FakeClock(START);
  const sim: Simulator = await startSimulator({
    clock,
    seed: 'x-client-tests',
    ...(o.tier ? { tier: o.tier } : {}),
  });
  const rateLimits = createRateLimitTracker();
  const costs = createCostTracker(() => DEFAULT_PRICES);

  /**
   * A new sign-in (a new token). `baseUrl` aims it elsewhere; `ownTrackers` gives it rate-limit
   * and cost trackers of its own, as after an app restart that forgot X's windows.
   */
  function signIn(
    username: string,
    o: { baseUrl?: string; ownTrackers?: boolean; timeoutMs?: number } = {},
  ): Signed {
    const t = sim.issueTokens(username);
    let lost = false;
    const trackers = o.ownTrackers
      ? { rateLimits: createRateLimitTracker(), costs: createCostTracker(() => DEFAULT_PRICES) }
      : { rateLimits, costs };
    const clients = createAccountClients({
      accountId: username,
      baseUrl: o.baseUrl ?? sim.url,
      clock,
      rateLimits: trackers.rateLimits,
      selfId: () => t.user_id,
      ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
    });
    const client = createXClient({
      twitter: clients,
      accountId: username,
      userId: t.user_id,
      getAccessToken: async () => {
        if (lost) throw new Error('signed out');
        return t.access_token;
      },
      clock,
      ...trackers,
    });
    return {
      client,
      clients,
      userId: t.user_id,
      username,
      accessToken: t.access_token,
      expiresInMs: t.expires_in * 1000,
      loseToken: () => (lost = true),
    };
  }

  return {
    clock,
    sim,
    rateLimits,
    costs,
    signIn,
    brand: () => signIn(sim.accounts.brand.username),
    personal: () => signIn(sim.accounts.personal.username),
    close: () => sim.close(),
  };
}

export type Rig = Awaited<ReturnType<typeof startRig>>;

/** Unwraps a result a test expects to succeed, showing X's error if it did not. */
export function value<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}
