import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../shared/time/clock';
import { OAuthServer, type OAuthClient } from './auth/oauth';
import { DEFAULT_SCOPES } from './auth/scopes';
import { createControls, type Controls } from './controls';
import { Faults } from './faults';
import { RateLimiter } from './rate-limiter';
import { createServer } from './server';
import type { ObservedAnswer, SimState } from './state';
import { UsageLedger } from './usage';
import { seededRandom } from './world/prng';
import { World } from './world/world';

/**
 * Timedeck's loopback X API v2: a real HTTP server on 127.0.0.1 with a seeded, living world of
 * posts, X's OAuth 2.0 PKCE flow, rate limits, errors and 2026 rules. See README.md beside this.
 */
export interface SimOAuthClient {
  clientId: string;
  clientSecret?: string;
  redirectUris: string[];
}

export interface SimulatorOptions {
  /** All simulated time (post stream, token expiry, code life, rate-limit windows, latency) follows it. */
  clock: Clock;
  /** Default 'timedeck'. */
  seed?: string;
  /** Default 0: any free port. Always binds 127.0.0.1. */
  port?: number;
  /** Default 'self-serve'. */
  tier?: 'self-serve' | 'enterprise';
  /** Default: [{ clientId: 'timedeck-demo', redirectUris: ['http://127.0.0.1:53682/callback'] }]. */
  oauthClients?: SimOAuthClient[];
  /** Sees every answer to an X endpoint (the contract test validates them against X's spec). */
  observe?: (answer: ObservedAnswer) => void;
  /**
   * Whether the /__sim/ HTTP controls answer (default true: tests, `npm run sim`). Demo mode
   * inside the app turns them off unless the harness asks for them. When on, each request needs
   * `controlToken` in the X-Sim-Control-Token header, a Host naming this server, and no foreign
   * Origin.
   */
  httpControls?: boolean;
}

export interface SimAccount {
  id: string;
  username: string;
  name: string;
}

export interface IssuedTokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  scope: string;
  token_type: 'bearer';
  user_id: string;
}

export interface Simulator {
  /** 'http://127.0.0.1:PORT' (no trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
  /**
   * Signs a simulated user in without the browser step (demo mode, tests). Always grants
   * offline.access. `clientId` (default: the first OAuth client) is the developer app its reads
   * are billed to: the bench's peer client is an app of its own.
   */
  issueTokens(username: string, scopes?: string[], clientId?: string): IssuedTokens;
  /** An OAuth 2.0 app-only bearer token for a confidential client (default: the first client with a secret). */
  issueAppToken(clientId?: string): string;
  /** The two demo accounts of the seeded world: the brand and its owner's personal account. */
  accounts: { brand: SimAccount; personal: SimAccount };
  /** Same operations as the /__sim/ HTTP controls. */
  controls: Controls;
  /** This run's random token for /__sim/ (X-Sim-Control-Token); null when the controls are off. */
  controlToken: string | null;
}

export const DEFAULT_OAUTH_CLIENTS: SimOAuthClient[] = [
  { clientId: 'timedeck-demo', redirectUris: ['http://127.0.0.1:53682/callback'] },
];

export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const seed = options.seed ?? 'timedeck';
  const clients: OAuthClient[] = options.oauthClients ?? DEFAULT_OAUTH_CLIENTS;
  if (clients.length === 0) throw new Error('the simulator needs at least one OAuth client');
  const world = new World(seed);
  const state: SimState = {
    clock: options.clock,
    world,
    oauth: new OAuthServer(clients, seededRandom(seed, 'oauth')),
    limiter: new RateLimiter(),
    faults: new Faults(),
    usage: new UsageLedger(),
    requests: [],
    tier: options.tier ?? 'self-serve',
    authorizeAs: world.cast.brand.id,
    consent: 'approve',
    observe: options.observe,
    origin: '',
  };
  const controls = createControls(state);
  const controlToken =
    options.httpControls === false ? null : randomBytes(18).toString('base64url');
  let port = 0;
  const server = createServer(
    state,
    controls,
    controlToken === null ? null : { token: controlToken, port: () => port },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  state.origin = `http://127.0.0.1:${port}`;
  const account = (u: { id: string; username: string; name: string }): SimAccount => ({
    id: u.id,
    username: u.username,
    name: u.name,
  });

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    issueTokens(username, scopes = DEFAULT_SCOPES, clientId = clients[0]!.clientId) {
      const user = world.userByUsername(username);
      if (!user) throw new Error(`no such account @${username}`);
      const granted = scopes.includes('offline.access') ? scopes : [...scopes, 'offline.access'];
      const tokens = state.oauth.issueFor(clientId, user.id, granted, state.clock.now());
      return { ...tokens, refresh_token: tokens.refresh_token!, user_id: user.id };
    },
    issueAppToken(clientId) {
      const client = clientId
        ? clients.find((c) => c.clientId === clientId)
        : clients.find((c) => c.clientSecret);
      if (!client?.clientSecret)
        throw new Error('app-only tokens need a confidential client (one with a clientSecret)');
      return state.oauth.appToken(client).access_token;
    },
    accounts: { brand: account(world.cast.brand), personal: account(world.cast.owner) },
    controls,
    controlToken,
  };
}

export type { Controls, ObservedAnswer };
export { CONTROL_TOKEN_HEADER } from './http/control-guard';
