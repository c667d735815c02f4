import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFRESH_AHEAD_MS } from '../../../../src/main/accounts/session-manager';
import { accountsAgainstSimulator } from '../../../support/accounts-fixture';
import { freePort } from '../../../support/free-port';

type Fixture = Awaited<ReturnType<typeof accountsAgainstSimulator>>;
let f: Fixture;

beforeEach(async () => {
  f = await accountsAgainstSimulator({ callbackPort: await freePort() });
});
afterEach(async () => f.sim.close());

const tokenRequests = () => f.sim.controls.requests().filter((r) => r.path === '/2/oauth2/token');
const me = (accountId: string) => f.access.run(f.service.sessions, accountId, (c) => c.me());

describe('API sessions against the simulator', () => {
  it('uses the stored token while it is fresh, without refreshing', async () => {
    const { id } = f.keepSignedIn('quillory');
    const result = await me(id);
    expect(result).toMatchObject({ ok: true, value: { username: 'quillory' } });
    expect(tokenRequests()).toHaveLength(0);
  });

  it('refreshes ahead of expiry, and the rotated refresh token is the one kept', async () => {
    const { id, tokens } = f.keepSignedIn('quillory', REFRESH_AHEAD_MS - 1000);
    const result = await me(id);
    expect(result.ok).toBe(true);
    expect(tokenRequests()).toHaveLength(1);
    const stored = f.service.sessions.readTokens(f.store.get('accounts')[0]!)!;
    expect(stored.refreshToken).not.toBe(tokens.refresh_token);
    expect(stored.accessToken).not.toBe(tokens.access_token);
    expect(stored.expiresAt).toBe(f.clock.now() + 2 * 3600_000);
  });

  it('answers a 401 with one refresh and one retry', async () => {
    // The machine believes the token lives for 10 hours (a skewed clock); X expires it at 2.
    const { id } = f.keepSignedIn('quillory', 10 * 3600_000);
    f.clock.advance(2 * 3600_000 + 1000);
    const result = await me(id);
    expect(result).toMatchObject({ ok: true, value: { username: 'quillory' } });
    expect(tokenRequests()).toHaveLength(1);
    expect(
      f.sim.controls
        .requests()
        .filter((r) => r.path === '/2/users/me')
        .map((r) => r.status),
    ).toEqual([401, 200]);
    expect(f.store.get('accounts')[0]!.state).toBe('ok');
  });

  it('a token X revoked (the user disconnected the app) ends in needs-sign-in, not a loop', async () => {
    const { id, tokens } = f.keepSignedIn('quillory');
    f.sim.controls.fault({ kind: 'revoke', token: tokens.access_token });
    expect(await me(id)).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect(f.store.get('accounts')[0]!.state).toBe('needs-sign-in');
    expect(tokenRequests().length).toBeLessThanOrEqual(1);
  });

  it('makes exactly one refresh for ten concurrent requests', async () => {
    const { id } = f.keepSignedIn('quillory', 1000);
    const results = await Promise.all(Array.from({ length: 10 }, () => me(id)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(tokenRequests()).toHaveLength(1);
  });

  it('moves the account to needs-sign-in when X refuses the refresh (a reused token), and does not loop', async () => {
    const { id, tokens } = f.keepSignedIn('quillory', 1000);
    // Someone (a stale copy, an attacker) uses the refresh token first: X revokes the chain.
    const stolen = await fetch(`${f.sim.url}/2/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'timedeck-test',
      }),
    });
    expect(stolen.ok).toBe(true);
    const reused = await fetch(`${f.sim.url}/2/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'timedeck-test',
      }),
    });
    expect(reused.ok).toBe(false);

    const result = await me(id);
    expect(result).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect(f.store.get('accounts')[0]).toMatchObject({ state: 'needs-sign-in', tokens: null });
    const before = f.sim.controls.requests().length;
    expect(await me(id)).toMatchObject({
      ok: false,
      error: { kind: 'auth', message: '@quillory needs to sign in again' },
    });
    expect(f.sim.controls.requests().length).toBe(before);
    expect(f.events.some((e) => e.event === 'accounts.changed')).toBe(true);
  });

  it('after two hours of simulated time, the next call refreshes and works', async () => {
    const { id } = f.keepSignedIn('quillory');
    f.clock.advance(2 * 3600_000 + 1000);
    expect(await me(id)).toMatchObject({ ok: true });
    expect(tokenRequests()).toHaveLength(1);
  });

  it('sign out revokes the tokens at X, then forgets them', async () => {
    const { id, tokens } = f.keepSignedIn('quillory');
    await f.service.accounts.signOut({ accountId: id });
    expect(f.store.get('accounts')).toEqual([]);
    const after = await fetch(`${f.sim.url}/2/users/me`, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    expect(after.status).toBe(401);
    expect(f.sim.controls.requests().some((r) => r.path === '/2/oauth2/revoke')).toBe(true);
  });
});

describe('sign out while X cannot be reached', () => {
  it('still forgets the tokens here, and says the access must be revoked at x.com', async () => {
    const { id } = f.keepSignedIn('quillory');
    f.sim.controls.fault({ kind: '503' });
    await expect(f.service.accounts.signOut({ accountId: id })).rejects.toMatchObject({
      message: expect.stringContaining('X could not be reached to revoke') as string,
    });
    expect(f.store.get('accounts')).toEqual([]);
  });
});
