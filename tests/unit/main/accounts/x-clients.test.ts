import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountsAgainstSimulator } from '../../../support/accounts-fixture';
import { freePort } from '../../../support/free-port';

/**
 * The real wiring (accounts service, sessions, X access) keeps one twitter-api-v2 client per
 * account, and replaces it when a refresh brings a new token. Against the simulator over HTTP.
 */
type Fixture = Awaited<ReturnType<typeof accountsAgainstSimulator>>;
let f: Fixture;

beforeEach(async () => {
  f = await accountsAgainstSimulator({ callbackPort: await freePort() });
});
afterEach(async () => f.sim.close());

const tokenRequests = () => f.sim.controls.requests().filter((r) => r.path === '/2/oauth2/token');

async function calls(accountId: string, n: number) {
  for (let i = 0; i < n; i += 1) {
    const r =
      i % 2
        ? await f.access.run(f.service.sessions, accountId, (c) => c.me())
        : await f.access.run(f.service.sessions, accountId, (c) => c.mentions(accountId));
    expect(r.ok).toBe(true);
  }
}

describe('twitter-api-v2 clients of signed-in accounts', () => {
  it('keeps one client per account across many calls, concurrent ones included', async () => {
    const a = f.keepSignedIn('quillory');
    const b = f.keepSignedIn('maren_aldous');
    await calls(a.id, 12);
    await Promise.all([calls(a.id, 6), calls(b.id, 6), calls(b.id, 6)]);
    expect(f.access.clientsBuilt(a.id)).toBe(1);
    expect(f.access.clientsBuilt(b.id)).toBe(1);
  });

  it('replaces the client when a refresh brings a new token, and keeps the new one', async () => {
    const { id } = f.keepSignedIn('quillory');
    await calls(id, 4);
    expect(f.access.clientsBuilt(id)).toBe(1);
    f.clock.advance(2 * 3600_000 + 1000);
    await calls(id, 8);
    expect(tokenRequests()).toHaveLength(1);
    expect(f.access.clientsBuilt(id)).toBe(2);
  });

  it('answers a 401 on the old client with a retry on a new one', async () => {
    // The machine believes the token lives for 10 hours; X expires it at 2.
    const { id } = f.keepSignedIn('quillory', 10 * 3600_000);
    await calls(id, 2);
    f.clock.advance(2 * 3600_000 + 1000);
    await calls(id, 3);
    const mentions = f.sim.controls
      .requests()
      .filter((r) => r.path === `/2/users/${id}/mentions`)
      .map((r) => r.status);
    expect(mentions).toEqual([200, 401, 200, 200]);
    expect(f.access.clientsBuilt(id)).toBe(2);
  });
});
