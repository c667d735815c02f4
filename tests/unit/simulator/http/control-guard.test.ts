import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTROL_TOKEN_HEADER } from '../../../../src/simulator/index';
import { refuseControl } from '../../../../src/simulator/http/control-guard';
import { call, control, startTestSim, type TestSim } from '../helpers';

let t: TestSim | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A raw request, so that Host and Origin can be anything a hostile page could make them. */
function raw(
  port: number,
  path: string,
  headers: Record<string, string>,
  method = 'POST',
  body = '{"kind":"503"}',
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the /__sim/ controls', () => {
  it('refuse a request without this run’s token, and nothing changes', async () => {
    t = await startTestSim();
    const token = t.sim.issueTokens('quillory').access_token;
    // What any web page can send: a simple cross-origin-style POST with no token.
    expect(
      (await call(t.sim, '/__sim/faults', { method: 'POST', body: { kind: '503' } })).status,
    ).toBe(401);
    expect(
      (
        await call(t.sim, '/__sim/faults', {
          method: 'POST',
          body: { kind: '503' },
          headers: { [CONTROL_TOKEN_HEADER]: 'guessed' },
        })
      ).status,
    ).toBe(401);
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(200);
    expect((await control(t.sim, 'requests')).status).toBe(200);
  });

  it('refuse a foreign Origin even with the token', async () => {
    t = await startTestSim();
    const status = await raw(t.sim.port, '/__sim/faults', {
      host: `127.0.0.1:${t.sim.port}`,
      origin: 'https://evil.example',
      [CONTROL_TOKEN_HEADER]: t.sim.controlToken!,
    });
    expect(status).toBe(403);
    expect(t.sim.controls.requests()).toEqual([]);
    const token = t.sim.issueTokens('quillory').access_token;
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(200);
  });

  it('refuse a Host that is not this server (DNS rebinding, another port)', async () => {
    t = await startTestSim();
    const port = t.sim.port;
    const withToken = { [CONTROL_TOKEN_HEADER]: t.sim.controlToken! };
    // A rebinding page's requests carry its own name as Host, whatever address it resolved to.
    expect(
      await raw(port, '/__sim/faults', { host: `rebind.evil.example:${port}`, ...withToken }),
    ).toBe(421);
    expect(await raw(port, '/__sim/faults', { host: `127.0.0.1:${port + 1}`, ...withToken })).toBe(
      421,
    );
    expect(await raw(port, '/__sim/faults', { host: `127.0.0.1:${port}`, ...withToken })).toBe(200);
    expect(
      await raw(
        port,
        '/__sim/faults',
        {
          host: `localhost:${port}`,
          origin: `http://localhost:${port}`,
          ...withToken,
        },
        'DELETE',
        '',
      ),
    ).toBe(200);
  });

  it('are off entirely when the simulator is started without them (the app’s demo mode)', async () => {
    t = await startTestSim({ httpControls: false });
    expect(t.sim.controlToken).toBeNull();
    const status = await raw(t.sim.port, '/__sim/faults', {
      host: `127.0.0.1:${t.sim.port}`,
      [CONTROL_TOKEN_HEADER]: '',
    });
    expect(status).toBe(404);
    // The in-process controls still work for the host that started it.
    t.sim.controls.fault({ kind: '503', count: 1 });
    const token = t.sim.issueTokens('quillory').access_token;
    expect((await call(t.sim, '/2/users/me', { token })).status).toBe(503);
  });

  it('give each run its own token', async () => {
    t = await startTestSim();
    const other = await startTestSim();
    try {
      expect(t.sim.controlToken).toMatch(/^[\w-]{24}$/);
      expect(other.sim.controlToken).not.toBe(t.sim.controlToken);
    } finally {
      await other.close();
    }
  });
});

describe('refuseControl', () => {
  const server = { port: 4000, token: 'secret-token' };
  const ok = { host: '127.0.0.1:4000', origin: undefined, token: 'secret-token' };
  it('lets the run’s own requests through', () => {
    expect(refuseControl(ok, server)).toBeUndefined();
    expect(refuseControl({ ...ok, origin: 'http://127.0.0.1:4000' }, server)).toBeUndefined();
  });
  it.each([
    [{ ...ok, host: undefined }, 421],
    [{ ...ok, host: 'attacker.test:4000' }, 421],
    [{ ...ok, origin: 'null' }, 403],
    [{ ...ok, origin: 'http://127.0.0.1:4001' }, 403],
    [{ ...ok, token: undefined }, 401],
    [{ ...ok, token: 'secret-tokem' }, 401],
    [{ ...ok, token: 'secret-token-longer' }, 401],
    [{ ...ok, token: ['secret-token', 'secret-token'] }, 401],
  ])('refuses %o with %i', (req, status) => {
    expect(refuseControl(req, server)?.status).toBe(status);
  });
});
