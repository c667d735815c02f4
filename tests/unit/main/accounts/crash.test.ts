import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { FakeClock } from '../../../../src/shared/time/clock';
import { accountsAgainstSimulator } from '../../../support/accounts-fixture';
import { freePort } from '../../../support/free-port';

const root = path.resolve(import.meta.dirname, '../../../..');
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

it('a process killed right after a refresh leaves a working session for the next start', async () => {
  const port = await freePort();
  const first = await accountsAgainstSimulator({
    callbackPort: port,
    clock: new FakeClock(Date.now()),
  });
  close = () => first.sim.close();
  const { id, tokens } = first.keepSignedIn('quillory', 60_000);

  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/refresh-then-crash.ts', first.dataDir, id],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, s) => resolve(s)),
  );
  expect(err).toBe('');
  expect(out).toBe('refreshed\n');
  expect(signal).toBe('SIGKILL');

  // The next start, on the same data dir: the rotated tokens were on disk before the kill.
  const next = await accountsAgainstSimulator({
    callbackPort: port,
    dataDir: first.dataDir,
    sim: first.sim,
    clock: first.clock,
  });
  const stored = next.service.sessions.readTokens(next.store.get('accounts')[0]!)!;
  expect(stored.refreshToken).not.toBe(tokens.refresh_token);
  const before = first.sim.controls.requests().filter((r) => r.path === '/2/oauth2/token').length;
  const me = await next.access.run(next.service.sessions, id, (c) => c.me());
  expect(me).toMatchObject({ ok: true, value: { username: 'quillory' } });
  expect(first.sim.controls.requests().filter((r) => r.path === '/2/oauth2/token').length).toBe(
    before,
  );
});
