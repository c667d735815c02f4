import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  listenForCallback,
  SIGN_IN_TIMEOUT_MS,
} from '../../../../src/main/accounts/callback-server';
import { FakeClock } from '../../../../src/shared/time/clock';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const open: Array<{ cancel(): void }> = [];
afterEach(() => open.splice(0).forEach((l) => l.cancel()));

async function listen(state = 'expected-state') {
  const port = await freePort();
  const clock = new FakeClock(0);
  const listener = await listenForCallback({ port, expectedState: state, clock });
  open.push(listener);
  const outcome = listener.code.then(
    (code) => ({ code }),
    (e: { kind: string; message: string }) => ({ failure: e.kind, message: e.message }),
  );
  return { port, clock, listener, outcome, base: `http://127.0.0.1:${port}` };
}

describe('the loopback callback', () => {
  it('hands over the code when the state matches, and tells the browser', async () => {
    const { base, outcome } = await listen();
    const res = await fetch(`${base}/callback?code=the-code&state=expected-state`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('return to Timedeck');
    expect(await outcome).toEqual({ code: 'the-code' });
  });

  it('ends the attempt on a wrong state, and keeps no code', async () => {
    const { base, outcome } = await listen();
    const res = await fetch(`${base}/callback?code=stolen&state=forged`);
    expect(res.status).toBe(400);
    expect(await outcome).toMatchObject({ failure: 'wrong_state' });
  });

  it('reports a denied consent', async () => {
    const { base, outcome } = await listen();
    await fetch(`${base}/callback?error=access_denied&state=expected-state`);
    expect(await outcome).toMatchObject({
      failure: 'denied',
      message: 'You did not allow Timedeck to use the account.',
    });
  });

  it('ignores other requests (a favicon) and keeps waiting', async () => {
    const { base, outcome } = await listen();
    expect((await fetch(`${base}/favicon.ico`)).status).toBe(404);
    await fetch(`${base}/callback?code=c&state=expected-state`);
    expect(await outcome).toEqual({ code: 'c' });
  });

  it('times out after 2 minutes and stops listening', async () => {
    const { base, clock, outcome } = await listen();
    clock.advance(SIGN_IN_TIMEOUT_MS - 1);
    clock.advance(1);
    expect(await outcome).toMatchObject({ failure: 'timeout' });
    await expect(fetch(`${base}/callback?code=late&state=expected-state`)).rejects.toThrow();
  });

  it('can be cancelled', async () => {
    const { listener, outcome } = await listen();
    listener.cancel();
    expect(await outcome).toMatchObject({ failure: 'cancelled' });
  });

  it('says when the port is in use, before any browser opens', async () => {
    const busy = http.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    const port = (busy.address() as { port: number }).port;
    await expect(
      listenForCallback({ port, expectedState: 's', clock: new FakeClock(0) }),
    ).rejects.toMatchObject({
      kind: 'port_in_use',
      message: expect.stringContaining(`Port ${port} is in use`) as string,
    });
    busy.close();
  });

  it('answers only once: a second callback finds nothing listening', async () => {
    const { base, outcome } = await listen();
    await fetch(`${base}/callback?code=first&state=expected-state`);
    expect(await outcome).toEqual({ code: 'first' });
    await expect(fetch(`${base}/callback?code=second&state=expected-state`)).rejects.toThrow();
  });
});
