import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAccountsService, type DemoBackend } from '../../src/main/accounts/accounts-service';
import { createXAccess } from '../../src/main/accounts/x-access';
import { createEventHub } from '../../src/main/ipc/events';
import { FakeClock } from '../../src/shared/time/clock';
import type { Logger } from '../../src/main/platform/logger';
import { startSimulator, type Simulator } from '../../src/simulator';
import { createCostTracker, createRateLimitTracker } from '../../src/main/x/trackers';
import { DEFAULT_PRICES } from '../../src/shared/x/spend';
import { openNodeStore } from '../../src/harness/node-store';
import { createNodeVault } from '../../src/harness/node-vault';
import type { StorageStrength } from '../../src/shared/accounts/schema';
import type { SecretVault } from '../../src/main/accounts/vault';

export const CLIENT_ID = 'timedeck-test';

/** A logger that keeps every line, so a test can search the logs for secrets. */
export function recordingLogger() {
  const lines: string[] = [];
  const record =
    (level: string) =>
    (message: string, ...details: unknown[]) =>
      lines.push(
        `${level} ${message} ${details.map((d) => (d instanceof Error ? `${d.message} ${d.stack}` : JSON.stringify(d))).join(' ')}`,
      );
  const log: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  return { log, lines };
}

/**
 * The accounts service as main runs it — a conf store and the Node vault in a temp dir — against
 * the loopback simulator over real HTTP, on a fake clock.
 */
export async function accountsAgainstSimulator(options: {
  dataDir?: string;
  callbackPort: number;
  sim?: Simulator;
  clock?: FakeClock;
  /** Wraps the Node vault, e.g. with one that can no longer decrypt (a changed keyring). */
  wrapVault?: (vault: SecretVault) => SecretVault;
}) {
  const clock = options.clock ?? new FakeClock(Date.parse('2026-11-23T09:00:00Z'));
  const sim =
    options.sim ??
    (await startSimulator({
      clock,
      oauthClients: [
        {
          clientId: CLIENT_ID,
          redirectUris: [`http://127.0.0.1:${options.callbackPort}/callback`],
        },
      ],
    }));
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-accounts-'));
  const { store } = openNodeStore(dataDir, clock.now);
  store.set('xApp', {
    clientId: CLIENT_ID,
    clientSecret: null,
    callbackPort: options.callbackPort,
    apiBaseUrl: sim.url,
    tier: 'self-serve',
    bearerToken: null,
  });
  const events = createEventHub();
  const emitted: Array<{ event: string; payload: unknown }> = [];
  // Tests wait on what was emitted (an explicit signal), not on a sleep.
  const waiters = new Set<{ check: () => boolean; resolve: () => void }>();
  events.subscribe((event, payload) => {
    emitted.push({ event, payload });
    for (const w of [...waiters])
      if (w.check()) {
        waiters.delete(w);
        w.resolve();
      }
  });
  const whenEmitted = (check: () => boolean) =>
    new Promise<void>((resolve) => {
      if (check()) resolve();
      else waiters.add({ check, resolve });
    });
  const { log, lines } = recordingLogger();
  let strength: StorageStrength = 'secure';
  const opened: string[] = [];
  const notices: string[] = [];
  const rateLimits = createRateLimitTracker();
  const costs = createCostTracker(() => DEFAULT_PRICES);
  let access: ReturnType<typeof createXAccess> | null = null;
  const service = createAccountsService({
    store,
    vault: (options.wrapVault ?? ((v: SecretVault) => v))(createNodeVault(dataDir, () => strength)),
    events,
    clock,
    random: randomBytes,
    log,
    openExternal: async (url) => void opened.push(url),
    fetchProfile: (_t, token) => access!.profile(token),
    demo: null as DemoBackend | null,
    notice: (message) => notices.push(message),
  });
  access = createXAccess({ clock, rateLimits, costs, target: service.target });
  return {
    sim,
    clock,
    store,
    dataDir,
    service,
    access,
    rateLimits,
    costs,
    events: emitted,
    /** Resolves once `check` holds, checked after every event the services emit. */
    whenEmitted,
    logLines: lines,
    opened,
    notices,
    setStrength: (s: StorageStrength) => (strength = s),
    /** Signs an account in without a browser, as a finished sign-in leaves it. */
    keepSignedIn(username: string, expiresInMs = 2 * 3600_000) {
      const t = sim.issueTokens(username);
      const account = {
        id: t.user_id,
        username,
        name: username,
        avatarUrl: null,
        role: 'Brand',
        color: '#4c9eff' as const,
        demo: false,
        state: 'ok' as const,
        tokens: null,
      };
      store.set('accounts', [...store.get('accounts'), account]);
      service.sessions.storeTokens(account, {
        accessToken: t.access_token,
        refreshToken: t.refresh_token,
        expiresAt: clock.now() + expiresInMs,
        scope: t.scope,
      });
      return { id: t.user_id, tokens: t };
    },
  };
}
