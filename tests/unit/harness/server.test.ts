import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startHarness, type Harness } from '../../../src/harness/host';
import { MAX_MESSAGE_BYTES, readClientMessage } from '../../../src/harness/ws-message';

/**
 * The harness server as a page or an attacker meets it: over real HTTP and a real WebSocket,
 * with the real services behind it (demo mode, fake clock, a temporary data directory).
 */
let harness: Harness;
beforeAll(async () => {
  const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  harness = await startHarness({
    rendererDir,
    fakeClock: true,
    log: { info() {}, warn() {}, error() {} },
  });
}, 60_000);
afterAll(() => harness?.close());

const get = (url: string) =>
  new Promise<number>((resolve, reject) => {
    http
      .get(url, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });

interface Socket {
  ws: WebSocket;
  next(): Promise<Record<string, unknown>>;
  closed: Promise<number>;
}

async function connect(): Promise<Socket> {
  const ws = new WebSocket(`${harness.url.replace('http:', 'ws:')}ws`, { origin: harness.origin });
  const queue: Array<Record<string, unknown>> = [];
  const waiting: Array<(m: Record<string, unknown>) => void> = [];
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as Record<string, unknown>;
    if (m.type === 'event') return;
    const w = waiting.shift();
    if (w) w(m);
    else queue.push(m);
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    closed,
    next: () =>
      queue.length
        ? Promise.resolve(queue.shift()!)
        : new Promise((resolve) => waiting.push(resolve)),
  };
}

const call = async (s: Socket, id: number, channel: string, payload?: unknown) => {
  s.ws.send(JSON.stringify({ id, channel, payload }));
  return s.next();
};

describe('the harness server', () => {
  it('refuses an oversized call with an error to that socket, and keeps serving it', async () => {
    const s = await connect();
    const huge = JSON.stringify({
      id: 7,
      channel: 'app.info',
      payload: { text: 'x'.repeat(MAX_MESSAGE_BYTES + 10) },
    });
    s.ws.send(huge);
    expect(await s.next()).toMatchObject({
      type: 'result',
      id: 7,
      result: { ok: false, error: { kind: 'invalid_payload' } },
    });
    expect(await call(s, 8, 'app.info')).toMatchObject({ id: 8, result: { ok: true } });
    s.ws.close();
  });

  it('survives a message past what the socket reads at all: that socket is closed, others go on', async () => {
    const bystander = await connect();
    const s = await connect();
    s.ws.send(Buffer.alloc(5 * MAX_MESSAGE_BYTES, 0x20));
    expect(await s.closed).toBe(1009);
    expect(await call(bystander, 1, 'app.info')).toMatchObject({ result: { ok: true } });
    const again = await connect();
    expect(await call(again, 2, 'app.info')).toMatchObject({ result: { ok: true } });
    bystander.ws.close();
    again.ws.close();
  });

  it('answers malformed messages with an error and keeps the socket', async () => {
    const s = await connect();
    s.ws.send('{not json');
    expect(await s.next()).toMatchObject({ type: 'error', error: { kind: 'invalid_payload' } });
    s.ws.send('[1,2]');
    expect(await s.next()).toMatchObject({ type: 'error' });
    s.ws.send(JSON.stringify({ id: 3 }));
    expect(await s.next()).toMatchObject({ type: 'result', id: 3, result: { ok: false } });
    s.ws.send(Buffer.from('{"id":4,"channel":"app.info"}'), { binary: true });
    expect(await s.next()).toMatchObject({ type: 'error' });
    expect(await call(s, 5, 'app.info')).toMatchObject({ id: 5, result: { ok: true } });
    s.ws.close();
  });

  it('answers a malformed %-escape in a URL with 404, not 500', async () => {
    expect(await get(`${harness.url}%E0%A4%A`)).toBe(404);
    expect(await get(`${harness.url}assets/%`)).toBe(404);
    expect(await get(harness.url)).toBe(200);
  });
});

describe('readClientMessage', () => {
  it('reads calls and presence, and refuses everything else', () => {
    const read = (s: string) => readClientMessage(Buffer.from(s), false);
    expect(read('{"id":1,"channel":"a.b","payload":{"x":1}}')).toEqual({
      kind: 'call',
      id: 1,
      channel: 'a.b',
      payload: { x: 1 },
    });
    expect(read('{"type":"presence","focused":true,"visible":false}')).toEqual({
      kind: 'presence',
      focused: true,
      visible: false,
    });
    expect(read('{"type":"presence","focused":"yes","visible":false}').kind).toBe('refuse');
    expect(read('null').kind).toBe('refuse');
    expect(read('"text"').kind).toBe('refuse');
    expect(read('{"id":1.5,"channel":"a.b"}')).toMatchObject({ kind: 'refuse' });
    expect(read('{"id":1,"channel":5}')).toMatchObject({ kind: 'refuse', id: 1 });
    expect(read('{"id":{"valueOf":1},"channel":"a"}')).toMatchObject({ kind: 'refuse' });
  });

  it('names the call it refuses for size when the message starts with its id', () => {
    const big = `{"id":42,"channel":"a.b","payload":"${'y'.repeat(MAX_MESSAGE_BYTES)}"}`;
    expect(readClientMessage(Buffer.from(big), false)).toMatchObject({ kind: 'refuse', id: 42 });
    const fragments = [Buffer.from(big.slice(0, 10)), Buffer.from(big.slice(10))];
    expect(readClientMessage(fragments, false)).toMatchObject({ kind: 'refuse', id: 42 });
  });
});
