import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { SignInStatus } from '../../../../src/shared/accounts/schema';
import { accountsAgainstSimulator } from '../../../support/accounts-fixture';
import { freePort } from '../../../support/free-port';

type Fixture = Awaited<ReturnType<typeof accountsAgainstSimulator>>;
let f: Fixture | undefined;
afterEach(async () => f?.sim.close());

const setup = async () => (f = await accountsAgainstSimulator({ callbackPort: await freePort() }));

/** What the browser does with X's consent page: follow its redirect to the loopback callback. */
async function consent(authorizeUrl: string, hint?: string) {
  const url = new URL(authorizeUrl);
  if (hint) url.searchParams.set('sim_username', hint);
  const res = await fetch(url, { redirect: 'manual' });
  expect(res.status).toBe(302);
  return res.headers.get('location')!;
}

const lastStatus = (fx: Fixture) =>
  fx.events
    .filter((e) => e.event === 'accounts.changed')
    .map((e) => (e.payload as { signIn: SignInStatus | null }).signIn)
    .at(-1);

/** Waits for the sign-in to say so in an event (an explicit signal, never a sleep). */
async function until(check: () => boolean) {
  await f!.whenEmitted(check);
  expect(check()).toBe(true);
}

describe('sign in with X (PKCE) against the simulator', () => {
  it('adds the account after the consent step, with its profile and encrypted tokens', async () => {
    const fx = await setup();
    const started = await fx.service.accounts.signIn(undefined);
    expect(started.phase).toBe('waiting');
    expect(fx.opened).toEqual([started.authorizeUrl]);
    const authorize = new URL(started.authorizeUrl);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('scope')).toBe(
      'tweet.read users.read tweet.write list.read offline.access',
    );

    const callback = await consent(started.authorizeUrl, 'maren_aldous');
    const page = await fetch(callback);
    expect(await page.text()).toContain('return to Timedeck');
    await until(() => lastStatus(fx)?.phase === 'done');

    const [account] = fx.store.get('accounts');
    expect(account).toMatchObject({
      username: 'maren_aldous',
      name: 'Maren Aldous',
      role: 'Brand',
      state: 'ok',
    });
    // The simulator serves its own avatars (demo mode stays on the machine); X's are https.
    expect(account!.avatarUrl).toMatch(/^https?:\/\//);
    expect(account!.tokens).not.toContain('.');
    expect(fx.service.sessions.readTokens(account!)!.refreshToken).toBeTruthy();
    expect(lastStatus(fx)?.message).toBe('@maren_aldous is signed in.');
  });

  it('refuses an answer with the wrong state and saves nothing', async () => {
    const fx = await setup();
    const started = await fx.service.accounts.signIn(undefined);
    const callback = new URL(await consent(started.authorizeUrl));
    callback.searchParams.set('state', 'forged');
    expect((await fetch(callback)).status).toBe(400);
    await until(() => lastStatus(fx)?.phase === 'failed');
    expect(lastStatus(fx)?.message).toMatch(/wrong state/);
    expect(fx.store.get('accounts')).toEqual([]);
  });

  it('fails when the code is older than its 30-second life', async () => {
    const fx = await setup();
    const started = await fx.service.accounts.signIn(undefined);
    const callback = await consent(started.authorizeUrl);
    fx.clock.advance(31_000);
    await fetch(callback);
    await until(() => lastStatus(fx)?.phase === 'failed');
    expect(lastStatus(fx)?.message).toMatch(/X did not complete the sign-in/);
    expect(fx.store.get('accounts')).toEqual([]);
  });

  it('says so when the callback port is in use, before opening the browser', async () => {
    const port = await freePort();
    f = await accountsAgainstSimulator({ callbackPort: port });
    const busy = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => busy.once('listening', r));
    await expect(f.service.accounts.signIn(undefined)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining(`Port ${port} is in use`) as string,
    });
    expect(f.opened).toEqual([]);
    busy.close();
  });

  it('times out after 2 minutes, and a cancel ends the attempt at once', async () => {
    const fx = await setup();
    await fx.service.accounts.signIn(undefined);
    fx.clock.advance(2 * 60_000);
    await until(() => lastStatus(fx)?.phase === 'failed');
    expect(lastStatus(fx)?.message).toMatch(/timed out/);

    const second = await fx.service.accounts.signIn(undefined);
    await fx.service.accounts.cancelSignIn({ attemptId: second.attemptId });
    await until(() => lastStatus(fx)?.message === 'Sign-in cancelled.');
    expect(fx.store.get('accounts')).toEqual([]);
  });

  it('asks before storing tokens where only weak protection exists, and refuses where there is none', async () => {
    const fx = await setup();
    fx.setStrength('weak');
    await expect(fx.service.accounts.signIn(undefined)).rejects.toMatchObject({
      message: expect.stringContaining('no keyring') as string,
    });
    await fx.service.accounts.allowWeakStorage(undefined);
    const started = await fx.service.accounts.signIn(undefined);
    await fx.service.accounts.cancelSignIn({ attemptId: started.attemptId });
    fx.setStrength('unavailable');
    await expect(fx.service.accounts.signIn(undefined)).rejects.toMatchObject({
      message: expect.stringContaining('cannot encrypt') as string,
    });
  });
});

describe('a denied consent', () => {
  it('ends the attempt with the reason and adds nothing', async () => {
    const fx = await setup();
    fx.sim.controls.setConsent('deny');
    const started = await fx.service.accounts.signIn(undefined);
    const location = await consent(started.authorizeUrl);
    expect(new URL(location).searchParams.get('error')).toBe('access_denied');
    await fetch(location);
    await until(() => lastStatus(fx)?.phase === 'failed');
    expect(lastStatus(fx)?.message).toBe('You did not allow Timedeck to use the account.');
    expect(fx.store.get('accounts')).toEqual([]);
  });
});

describe('signing an account in again (issue 10)', () => {
  it('refuses another account than the one being reconnected, and changes nothing', async () => {
    const fx = await setup();
    const maren = fx.keepSignedIn('maren_aldous');
    fx.store.set(
      'accounts',
      fx.store.get('accounts').map((a) => ({ ...a, state: 'needs-sign-in' as const })),
    );
    const before = fx.store.get('accounts');
    const started = await fx.service.accounts.signIn({ accountId: maren.id });
    await fetch(await consent(started.authorizeUrl, 'quillory'));
    await fx.whenEmitted(() => lastStatus(fx)?.phase === 'failed');
    expect(lastStatus(fx)?.message).toBe(
      'You signed in as @quillory on X; sign in as @maren_aldous to reconnect this account.',
    );
    expect(fx.store.get('accounts')).toEqual(before);
  });

  it('reconnects the account when the same one signs in', async () => {
    const fx = await setup();
    const maren = fx.keepSignedIn('maren_aldous');
    fx.store.set(
      'accounts',
      fx.store.get('accounts').map((a) => ({ ...a, state: 'needs-sign-in' as const })),
    );
    const started = await fx.service.accounts.signIn({ accountId: maren.id });
    await fetch(await consent(started.authorizeUrl, 'maren_aldous'));
    await fx.whenEmitted(() => lastStatus(fx)?.phase === 'done');
    expect(fx.store.get('accounts')).toMatchObject([{ id: maren.id, state: 'ok' }]);
  });
});
