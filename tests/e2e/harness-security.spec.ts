import http from 'node:http';
import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import { launchHarness, type HarnessProcess } from './support/harness';

/** The harness may be left running by `npm start`: no other page or host may drive it. */
let harness: HarnessProcess;
test.beforeAll(async () => {
  harness = await launchHarness({ fakeClock: false });
});
test.afterAll(async () => harness?.stop());

const get = (url: string, headers: Record<string, string> = {}) =>
  new Promise<number>((resolve, reject) => {
    http.get(url, { headers }, (res) => resolve(res.statusCode ?? 0)).on('error', reject);
  });

const wsOpens = (url: string, origin: string) =>
  new Promise<boolean>((resolve) => {
    const ws = new WebSocket(url, { origin });
    ws.on('open', () => {
      ws.close();
      resolve(true);
    });
    ws.on('error', () => resolve(false));
  });

test('it listens on loopback and answers only under its per-run token', async () => {
  expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]{20,}\/$/);
  expect(await get(harness.url)).toBe(200);
  expect(await get(`${harness.origin}/`)).toBe(404);
  expect(await get(`${harness.origin}/index.html`)).toBe(404);
  expect(await get(`${harness.origin}/wrong-token/`)).toBe(404);
});

test('a DNS-rebinding host name is refused', async () => {
  expect(await get(harness.url, { Host: `evil.example:${new URL(harness.url).port}` })).toBe(421);
});

test('the WebSocket opens only for its own page', async () => {
  const ws = harness.url.replace('http:', 'ws:') + 'ws';
  expect(await wsOpens(ws, harness.origin)).toBe(true);
  expect(await wsOpens(ws, 'https://evil.example')).toBe(false);
  expect(await wsOpens(ws, 'http://127.0.0.1:1')).toBe(false);
  expect(await wsOpens(ws.replace(/\/[\w-]+\/ws$/, '/guess/ws'), harness.origin)).toBe(false);
});

test('without --fake-clock there are no test controls', async () => {
  expect(await get(`${harness.url}__test/clock`)).toBe(404);
});

test('files outside the built renderer cannot be read', async () => {
  expect(await get(`${harness.url}..%2F..%2Fpackage.json`)).toBe(404);
  expect(await get(`${harness.url}assets/..%2F..%2F..%2Fpackage.json`)).toBe(404);
});

test('the page gets a strict Content-Security-Policy', async ({ page }) => {
  await page.goto(harness.url);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  // And it holds: an inline script injected at run time does not run.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
