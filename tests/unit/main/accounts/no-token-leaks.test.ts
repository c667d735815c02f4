import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { accountsAgainstSimulator } from '../../../support/accounts-fixture';
import { freePort } from '../../../support/free-port';

type Fixture = Awaited<ReturnType<typeof accountsAgainstSimulator>>;
let f: Fixture;
afterEach(async () => f?.sim.close());

/** Every form a token could take on its way out: as is, base64, URL-encoded, or a slice of it. */
const forms = (token: string) => [
  token,
  Buffer.from(token).toString('base64'),
  Buffer.from(token).toString('base64url'),
  encodeURIComponent(token),
  token.slice(4, 24),
];

it('no token, in any form, reaches the renderer (answers, events) or the logs', async () => {
  f = await accountsAgainstSimulator({ callbackPort: await freePort() });
  const seen: string[] = [];
  const answer = async (p: unknown) => seen.push(JSON.stringify(await p));

  // A whole life: sign in through the browser flow, refresh, a 401, a refused refresh, sign out.
  const started = await f.service.accounts.signIn(undefined);
  await answer(started);
  const consent = await fetch(started.authorizeUrl, { redirect: 'manual' });
  await fetch(consent.headers.get('location')!);
  // The account is kept, and said so in an event, once the callback is done.
  await f.whenEmitted(() => f.store.get('accounts').length > 0);
  const account = f.store.get('accounts')[0]!;
  const tokens = [f.service.sessions.readTokens(account)!];

  f.clock.advance(2 * 3600_000);
  await answer(f.access.run(f.service.sessions, account.id, (c) => c.me()));
  tokens.push(f.service.sessions.readTokens(f.store.get('accounts')[0]!)!);
  await answer(f.service.accounts.list(undefined));
  await answer(f.service.accounts.update({ accountId: account.id, role: 'Support' }));
  await answer(f.service.settings.getXApp(undefined));
  const second = f.keepSignedIn('maren_aldous', 1000);
  tokens.push({
    accessToken: second.tokens.access_token,
    refreshToken: second.tokens.refresh_token,
    expiresAt: 0,
    scope: '',
  });
  f.sim.controls.fault({ kind: 'revoke', token: second.tokens.access_token });
  await answer(f.access.run(f.service.sessions, second.id, (c) => c.me()));
  await answer(f.service.accounts.signOut({ accountId: account.id }));

  const outside = [...seen, ...f.events.map((e) => JSON.stringify(e)), ...f.logLines].join('\n');
  expect(f.events.length).toBeGreaterThan(3);
  for (const t of tokens) {
    for (const secret of [t.accessToken, t.refreshToken!]) {
      for (const form of forms(secret)) expect(outside).not.toContain(form);
    }
  }
  // And at rest the store (and its last good copy) hold ciphertext only.
  const onDisk = ['timedeck.json', 'timedeck.json.last-good']
    .map((n) => fs.readFileSync(path.join(f.dataDir, n), 'utf8'))
    .join();
  expect(onDisk).toContain('"accounts"');
  for (const t of tokens)
    for (const secret of [t.accessToken, t.refreshToken!]) expect(onDisk).not.toContain(secret);
});
