import {
  ACCOUNT_COLORS,
  callbackUrlFor,
  capabilitiesFor,
  scopesFor,
  type AccountsState,
  type AccountView,
  type ApiTier,
  type SignInStatus,
  type XAppView,
} from '../../shared/accounts/schema';
import { AppFailure, conflict, notFound } from '../errors';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { Clock } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import type { PersistedState } from '../store/schema';
import type { StateStore } from '../store/state-store';
import { SignInFailure } from './callback-server';
import { createOAuthClient, type TokenSet } from './oauth-client';
import { authorizeEndpointFor, type RandomBytes } from './pkce';
import { createSessionManager, type AccountRepo } from './session-manager';
import { createSignInFlow, type Profile } from './sign-in';
import type { StoredAccount } from './stored-account';
import type { SecretVault } from './vault';

/** Where API calls go and as which app: the user's X app, or the simulator in demo mode. */
export interface ApiTarget {
  apiBaseUrl: string;
  clientId: string;
  clientSecret: string | null;
  tier: ApiTier;
  demo: boolean;
}

/** Demo mode's X: the loopback simulator, which can sign its accounts in without a browser. */
export interface DemoBackend {
  apiBaseUrl: string;
  clientId: string;
  tier(): ApiTier;
  accounts: Array<{ username: string; role: string }>;
  issueTokens(username: string): {
    access_token: string;
    refresh_token: string;
    expires_in: number;
    scope: string;
  };
  /** An app-only bearer token of the simulator's demo app, so the volume preview works in demo. */
  issueAppToken?(): string;
}

export interface AccountsDeps {
  store: StateStore<PersistedState>;
  vault: SecretVault;
  events: EventHub;
  clock: Clock;
  random: RandomBytes;
  log: Logger;
  openExternal(url: string): Promise<void>;
  fetchProfile(target: ApiTarget, accessToken: string): Promise<Profile>;
  demo: DemoBackend | null;
  /** An account signed in (again): its columns start afresh. */
  onSignedIn?(accountId: string): void;
  /** A notice for the user (an account whose sign-in could not be unlocked). */
  notice?(message: string): void;
}

const DEFAULT_ROLES = ['Brand', 'Personal'];

export function createAccountsService(deps: AccountsDeps) {
  const { store, vault } = deps;
  let signIn: SignInStatus | null = null;

  const all = () => store.get('accounts');
  const saveAll = (accounts: StoredAccount[]) => store.set('accounts', accounts);
  const repo: AccountRepo = {
    get: (id) => all().find((a) => a.id === id),
    save: (account) => saveAll(all().map((a) => (a.id === account.id ? account : a))),
  };

  const target = (): ApiTarget => {
    const app = store.get('xApp');
    if (app.clientId === null && deps.demo) {
      return {
        apiBaseUrl: deps.demo.apiBaseUrl,
        clientId: deps.demo.clientId,
        clientSecret: null,
        tier: deps.demo.tier(),
        demo: true,
      };
    }
    return {
      apiBaseUrl: app.apiBaseUrl,
      clientId: app.clientId ?? '',
      clientSecret: app.clientSecret ? vault.decrypt(app.clientSecret) : null,
      tier: app.tier,
      demo: false,
    };
  };
  const oauth = () => {
    const t = target();
    return createOAuthClient({
      apiBaseUrl: t.apiBaseUrl,
      clientId: t.clientId,
      clientSecret: t.clientSecret,
      now: deps.clock.now,
    });
  };

  const view = (a: StoredAccount, tier: ApiTier): AccountView => ({
    id: a.id,
    username: a.username,
    name: a.name,
    avatarUrl: a.avatarUrl,
    role: a.role,
    color: a.color,
    demo: a.demo,
    state: a.state,
    capabilities: capabilitiesFor(tier),
  });
  const state = (): AccountsState => {
    const tier = target().tier;
    return {
      accounts: all().map((a) => view(a, tier)),
      signIn,
      storage: vault.strength(),
      weakStorageAllowed: store.get('weakStorageAllowed'),
    };
  };
  const changed = () => {
    const s = state();
    deps.events.emit('accounts.changed', s);
    return s;
  };

  const sessions = createSessionManager({
    repo,
    vault,
    oauth,
    clock: deps.clock,
    log: deps.log,
    changed,
    notice: (message) => deps.notice?.(message),
  });

  /** Refuses to keep tokens where they could not be protected, unless the user agreed. */
  function assertStorageAllowed() {
    const strength = vault.strength();
    if (strength === 'unavailable') {
      throw conflict(
        'This system cannot encrypt the sign-in tokens, so Timedeck will not store them.',
      );
    }
    if (strength === 'weak' && !store.get('weakStorageAllowed')) {
      throw conflict(
        'Your system has no keyring, so the sign-in tokens could only be stored with weak protection. Allow it in Accounts to sign in.',
      );
    }
  }

  /** Adds the account, or renews the tokens of one already there (keeping its role and colour). */
  function keepAccount(profile: Profile, tokens: TokenSet, demo: boolean) {
    const accounts = all();
    const existing = accounts.find((a) => a.id === profile.id);
    const base: StoredAccount = existing ?? {
      ...profile,
      role: DEFAULT_ROLES[accounts.length] ?? `Account ${accounts.length + 1}`,
      color: ACCOUNT_COLORS[accounts.length % ACCOUNT_COLORS.length]!,
      demo,
      state: 'ok',
      tokens: null,
    };
    const updated = {
      ...base,
      username: profile.username,
      name: profile.name,
      avatarUrl: profile.avatarUrl,
    };
    saveAll(
      existing ? accounts.map((a) => (a.id === profile.id ? updated : a)) : [...accounts, updated],
    );
    sessions.storeTokens(updated, tokens);
    deps.onSignedIn?.(updated.id);
  }

  const flow = createSignInFlow({
    clock: deps.clock,
    random: deps.random,
    log: deps.log,
    openExternal: deps.openExternal,
    onStatus(status) {
      signIn = status;
      changed();
    },
    onSignedIn(profile, tokens) {
      keepAccount(profile, tokens, target().demo);
    },
  });

  /** Demo mode: the simulator's brand and personal accounts, signed in without a browser. */
  async function ensureDemoAccounts() {
    const demo = deps.demo;
    if (!demo || store.get('xApp').clientId !== null) return;
    // The demo app has a bearer token from the start; one the user removed stays removed. A kept
    // one is replaced, since the simulator of the last run (and its tokens) is gone.
    const firstDemo = !all().some((a) => a.demo);
    if (demo.issueAppToken && (firstDemo || store.get('xApp').bearerToken !== null))
      store.set('xApp', { ...store.get('xApp'), bearerToken: vault.encrypt(demo.issueAppToken()) });
    for (const { username } of demo.accounts) {
      const issued = demo.issueTokens(username);
      const tokens: TokenSet = {
        accessToken: issued.access_token,
        refreshToken: issued.refresh_token,
        expiresAt: deps.clock.now() + issued.expires_in * 1000,
        scope: issued.scope,
      };
      keepAccount(await deps.fetchProfile(target(), tokens.accessToken), tokens, true);
    }
    changed();
  }

  async function signOut(accountId: string) {
    const account = repo.get(accountId);
    if (!account) throw notFound('That account is no longer signed in');
    let tokens: TokenSet | null = null;
    try {
      tokens = account.tokens ? sessions.readTokens(account) : null;
    } catch (e) {
      // Tokens that cannot be decrypted cannot be revoked either; signing out still forgets them.
      deps.log.warn(`sign-out of ${accountId}: its tokens could not be decrypted: ${String(e)}`);
    }
    // Revoke at X first, so the tokens are dead everywhere, then forget them here — whatever X
    // answered: the user asked to be signed out.
    const revoked = tokens
      ? await Promise.allSettled([
          tokens.refreshToken
            ? oauth().revoke(tokens.refreshToken, 'refresh_token')
            : Promise.resolve(),
          oauth().revoke(tokens.accessToken, 'access_token'),
        ])
      : [];
    saveAll(all().filter((a) => a.id !== accountId));
    if (revoked.some((r) => r.status === 'rejected')) {
      deps.log.warn(`sign-out of ${accountId}: X could not be reached to revoke its tokens`);
      throw new AppFailure(
        'conflict',
        `@${account.username} is signed out of Timedeck, but X could not be reached to revoke its access. You can revoke it at x.com under Settings > Security > Connected apps.`,
      );
    }
  }

  const xAppView = (): XAppView => {
    const app = store.get('xApp');
    return {
      clientId: app.clientId,
      hasClientSecret: app.clientSecret !== null,
      callbackPort: app.callbackPort,
      callbackUrl: callbackUrlFor(app.callbackPort),
      apiBaseUrl: app.apiBaseUrl,
      tier: app.tier,
      demo: app.clientId === null,
      hasBearerToken: app.bearerToken !== null,
    };
  };

  /** The app-only bearer token in plain text, for main's counts calls only; null if none. */
  const appBearerToken = (): string | null => {
    const sealed = store.get('xApp').bearerToken;
    if (sealed === null) return null;
    try {
      return vault.decrypt(sealed);
    } catch (e) {
      deps.log.warn('the app bearer token could not be decrypted', e);
      return null;
    }
  };

  const accounts: Handlers['accounts'] = {
    list: () => state(),
    signIn: async (request) => {
      assertStorageAllowed();
      const again = request?.accountId;
      const expected = again ? repo.get(again) : undefined;
      if (again && !expected) throw notFound('That account is no longer signed in');
      const t = target();
      if (!t.clientId) throw conflict('Add the client ID of your X app in Settings first.');
      const port = store.get('xApp').callbackPort;
      try {
        return await flow.start({
          clientId: t.clientId,
          callbackPort: port,
          redirectUri: callbackUrlFor(port),
          authorizeEndpoint: authorizeEndpointFor(t.apiBaseUrl),
          scopes: scopesFor(t.tier),
          oauth: oauth(),
          fetchProfile: (token) => deps.fetchProfile(t, token),
          ...(expected ? { expected: { id: expected.id, username: expected.username } } : {}),
        });
      } catch (e) {
        if (e instanceof SignInFailure) throw conflict(e.message);
        throw e;
      }
    },
    cancelSignIn: ({ attemptId }) => {
      flow.cancel(attemptId);
      return state();
    },
    update: ({ accountId, role, color }) => {
      const account = repo.get(accountId);
      if (!account) throw notFound('That account is no longer signed in');
      repo.save({
        ...account,
        ...(role !== undefined ? { role } : {}),
        ...(color !== undefined ? { color } : {}),
      });
      return changed();
    },
    move: ({ accountId, toIndex }) => {
      const list = all();
      const from = list.findIndex((a) => a.id === accountId);
      if (from < 0) throw notFound('That account is no longer signed in');
      const [moved] = list.splice(from, 1);
      list.splice(Math.min(toIndex, list.length), 0, moved!);
      saveAll(list);
      return changed();
    },
    signOut: async ({ accountId }) => {
      try {
        await signOut(accountId);
      } finally {
        changed();
      }
      return state();
    },
    allowWeakStorage: () => {
      store.set('weakStorageAllowed', true);
      return changed();
    },
  };

  const settings: Handlers['settings'] = {
    getXApp: () => xAppView(),
    setXApp: async (input) => {
      const before = store.get('xApp');
      const secret =
        input.clientSecret === undefined
          ? before.clientSecret
          : input.clientSecret === null
            ? null
            : encryptSecret(input.clientSecret);
      // The demo app's token belongs to the simulator: it does not follow the user to X.
      const leavingDemo = before.clientId === null && !!input.clientId;
      const bearerToken =
        input.bearerToken === undefined
          ? leavingDemo
            ? null
            : before.bearerToken
          : input.bearerToken === null
            ? null
            : encryptSecret(input.bearerToken);
      const clientId = input.clientId ? input.clientId : null;
      store.set('xApp', {
        clientId,
        clientSecret: secret,
        callbackPort: input.callbackPort,
        apiBaseUrl: input.apiBaseUrl,
        tier: input.tier,
        bearerToken,
      });
      if ((before.clientId === null) !== (clientId === null)) {
        // Demo accounts belong to the simulator: they go when a real X app is configured.
        saveAll(all().filter((a) => !a.demo));
        await ensureDemoAccounts();
      }
      changed();
      return xAppView();
    },
  };

  function encryptSecret(secret: string) {
    assertStorageAllowed();
    return vault.encrypt(secret);
  }

  return { accounts, settings, sessions, target, ensureDemoAccounts, state, appBearerToken };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
